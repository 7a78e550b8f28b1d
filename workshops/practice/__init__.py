"""Weekly practice: members answer a session's homework; facilitators see counts only."""
