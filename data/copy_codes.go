package data

// The codes of what a copy between books, and the setting up of a server
// book, can find wrong.
const (
	CodeCopyNotEmpty = "team.copy-not-empty" // Book, Customers, Records
	CodeCopyItself   = "team.copy-itself"    // Book
	CodeCopyFailed   = "team.copy-failed"    // From, To, Cause
	CodeTeamFound    = "team.init-found"     // Book, Version, Tables
	CodeTeamNotBook  = "team.not-server"     // Book
	CodeTeamUpgraded = "team.upgrade-failed" // Book, Step, Cause
)
