package data

import (
	"errors"
	"io"
	"net"
	"strings"

	"github.com/jackc/pgx/v5/pgconn"

	"tend/lifecycle"
)

// PostgreSQL's codes (SQLSTATE) of the failures a user can act on.
const (
	readOnlyTransaction  = "25006"
	insufficientRights   = "42501"
	diskFull             = "53100"
	invalidPassword      = "28P01"
	loginRefused         = "28000"
	noSuchDatabase       = "3D000"
	adminShutdown        = "57P01"
	crashShutdown        = "57P02"
	cannotConnectNow     = "57P03"
	lockNotAvailable     = "55P03"
	protocolViolation    = "08P01"
	connectionExceptions = "08" // a class: every code starting so
)

// ErrServerLost says that the connection to the server broke while tend
// used it. A write is committed whole or not at all; one cut short before
// its commit was rolled back by the server, one cut short as it committed
// may have been saved.
var ErrServerLost = lifecycle.Problemf(CodeServerLost, nil,
	"the connection to the server was lost before it confirmed this; a change is saved whole or not at all: look whether it was, then try again")

// describeServer puts a failure of a server book in words, nil when it is
// none it knows: the server's own errors by their code, and a connection
// that could not be made or broke. The words name no password: pgx's
// messages name the role and the database, never it.
func describeServer(err error) error {
	if pgErr, ok := errors.AsType[*pgconn.PgError](err); ok {
		if _, connecting := errors.AsType[*pgconn.ConnectError](err); connecting && lostCode(pgErr.Code) {
			// Refused as it was made (by the server or a pooler in front
			// of it): nothing was sent that could have been saved.
			return lifecycle.Problemf(CodeServerRefused, lifecycle.Values{"Detail": pgErr.Message},
				"the server refused the connection (%s)", pgErr.Message)
		}
		return describeServerCode(pgErr)
	}
	if op, ok := errors.AsType[*net.OpError](err); ok && op.Op == "dial" {
		return lifecycle.Problemf(CodeServerUnreachable, lifecycle.Values{"Address": op.Addr.String(), "Cause": op.Err.Error()},
			"the server at %s cannot be reached (%v): is it running, and are the host and port right?", op.Addr, op.Err)
	}
	if lostConnection(err) {
		return ErrServerLost
	}
	return nil
}

// describeServerCode puts the server's own error in words by its code.
func describeServerCode(e *pgconn.PgError) error {
	switch {
	case e.Code == readOnlyTransaction:
		return ErrReadOnly
	case e.Code == diskFull:
		return ErrDiskFull
	case e.Code == serializationFailure || e.Code == deadlockDetected || e.Code == lockNotAvailable:
		// Left after every retry of the write, or after waiting as long
		// as a write to a file waits.
		return ErrBusy
	case e.Code == insufficientRights:
		return lifecycle.Problemf(CodeServerDenied, lifecycle.Values{"Detail": e.Message},
			"the server refused tend's role this (%s): ask whoever looks after the book for the rights tend needs", e.Message)
	case e.Code == invalidPassword || e.Code == loginRefused:
		return lifecycle.Problemf(CodeServerLogin, lifecycle.Values{"Detail": e.Message},
			"the server refused the login (%s): check the role, its password (PGPASSWORD, ~/.pgpass) and its right to connect", e.Message)
	case e.Code == noSuchDatabase:
		return lifecycle.Problemf(CodeServerNoDatabase, lifecycle.Values{"Detail": e.Message},
			"the server has no such database (%s): check its name, or have it created", e.Message)
	case lostCode(e.Code):
		return ErrServerLost
	}
	return nil
}

// lostCode tells the server's codes of a connection it ended or lost.
func lostCode(code string) bool {
	return code == adminShutdown || code == crashShutdown || code == cannotConnectNow ||
		strings.HasPrefix(code, connectionExceptions)
}

// lostServer tells a failure after which the connection is gone: ended by
// the server, or broken.
func lostServer(err error) bool {
	if pgErr, ok := errors.AsType[*pgconn.PgError](err); ok {
		return lostCode(pgErr.Code)
	}
	return lostConnection(err)
}

// lostConnection tells a connection that broke midway: closed by the
// server or the network without a word.
func lostConnection(err error) bool {
	if errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, net.ErrClosed) {
		return true
	}
	if _, ok := errors.AsType[*net.OpError](err); ok {
		return true
	}
	return strings.Contains(err.Error(), "conn closed") || strings.Contains(err.Error(), "unexpected EOF")
}
