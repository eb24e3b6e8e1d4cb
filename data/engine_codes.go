package data

// The codes of a server book's errors.
const (
	CodeServerOpen         = "server.open"          // Book, Cause
	CodeServerOtherProgram = "server.other-program" // Book
	CodeTeamUpgrade        = "server.upgrade"       // Book, Version, Latest
)
