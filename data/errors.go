package data

import (
	"fmt"

	"tend/lifecycle"
)

// The store's failures that a user can act on, in words.
var (
	ErrBusy     = lifecycle.Problemf(CodeBusy, nil, "the book is busy: another tend is writing to it; try again")
	ErrReadOnly = lifecycle.Problemf(CodeReadOnly, nil, "the book is read-only here, so nothing was changed")
	ErrDiskFull = lifecycle.Problemf(CodeDiskFull, nil, "the disk is full (or refused the write), so nothing was changed")
)

// ErrDamaged is SQLite finding a page of the book broken or missing: the
// file was cut short or overwritten. tend never tries to repair it, since a
// repair can lose customers silently; a backup brings it back whole.
var ErrDamaged = lifecycle.Problemf(CodeDamaged, nil,
	"the book is damaged (part of the file is broken or missing); restore a backup")

// NotBookError says that a file is not a tend book: not a SQLite file at
// all (NotSQLite), or one without tend's mark. Path is empty where the
// sentence is about a file already named.
type NotBookError struct {
	Path      string
	NotSQLite bool
}

func (e *NotBookError) Error() string {
	why := ""
	if e.NotSQLite {
		why = " (not a SQLite database)"
	}
	if e.Path == "" {
		return "is not a tend book" + why
	}
	return fmt.Sprintf("%s is not a tend book%s", e.Path, why)
}

func (e *NotBookError) Code() string { return CodeNotBook }

func (e *NotBookError) Values() map[string]any {
	return lifecycle.Values{"Path": e.Path, "NotSQLite": e.NotSQLite}
}

// NewerBookError says that a book was made by a newer tend, whose
// changes to the layout this tend cannot read.
type NewerBookError struct {
	Path    string
	Version int // the book's
	Latest  int // the newest this tend reads
}

func (e *NewerBookError) Error() string {
	return fmt.Sprintf("%s was made by a newer tend (book version %d, this tend reads up to %d)", e.Path, e.Version, e.Latest)
}

func (e *NewerBookError) Code() string { return CodeNewerBook }

func (e *NewerBookError) Values() map[string]any {
	return lifecycle.Values{"Path": e.Path, "Version": e.Version, "Latest": e.Latest}
}

func (e *NoBookError) Code() string           { return CodeNoBook }
func (e *NoBookError) Values() map[string]any { return lifecycle.Values{"Path": e.Path} }

func (e *ForeignLogError) Code() string           { return CodeForeignLog }
func (e *ForeignLogError) Values() map[string]any { return lifecycle.Values{"Path": e.Path} }

func (e PruneError) Code() string           { return CodePrune }
func (e PruneError) Values() map[string]any { return lifecycle.Values{"Cause": e.Err} }

func (e *AmbiguousError) Code() string { return CodeAmbiguous }

func (e *AmbiguousError) Values() map[string]any {
	return lifecycle.Values{"Ref": e.Ref, "Matches": e.Matches}
}

func (e NotFoundError) Code() string           { return CodeNoMatchRef }
func (e NotFoundError) Values() map[string]any { return lifecycle.Values{"Ref": e.Ref} }

func (e *EmailTakenError) Code() string { return CodeEmailTaken }

func (e *EmailTakenError) Values() map[string]any {
	return lifecycle.Values{"Email": e.Email, "Holder": e.Holder.Name, "ID": e.Holder.ID}
}

func (e *ChangedError) Code() string { return CodeChanged }

func (e *ChangedError) Values() map[string]any {
	return lifecycle.Values{"Customer": e.Current.Name, "Changes": e.Changes}
}

func (e RowError) Code() string { return CodeRow }

func (e RowError) Values() map[string]any {
	return lifecycle.Values{"File": e.File, "Line": e.Line, "Column": e.Column, "Cause": e.Err}
}

func (e *ImportError) Code() string { return CodeRefused }

func (e *ImportError) Values() map[string]any {
	rows := make([]error, len(e.Rows))
	for i, r := range e.Rows {
		rows[i] = r
	}
	bad := len(e.Rows) + e.More
	return lifecycle.Values{"File": e.File, "Bad": bad, "Count": bad, "Rows": rows, "More": e.More}
}
