"""Reminders that reach you: channel targets, message words, sending and the secret store.

The decision what to send is core/reminders.py; service/notify.py ties them together."""
