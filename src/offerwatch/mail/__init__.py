"""Reading mail: parse messages, stream mailboxes (.eml, mbox, Maildir, IMAP), pre-filter and
match job mail to applications. The database side lives in offerwatch.service.mail_import
and mail_review."""
