package data

import "tend/lifecycle"

// ImportOptions say how an import reads its file and treats what it finds.
type ImportOptions struct {
	File          string      // the file's name, as errors give it
	DryRun        bool        // do everything, then roll it back
	OnDuplicate   OnDuplicate // "" means DuplicateError
	Map           []string    // "Column=field" entries for columns the import does not know
	Format        Format      // CSV or VCard; "" tells them apart by the file's start
	CreateMissing bool        // create the customers that contacts or purchases name but the book lacks
	// PhaseNames are the presets' labels in the languages the reader may
	// write a file in, so that a Phase column reads them too.
	PhaseNames lifecycle.PhaseNames
	// From names the system whose export a customers file is, in any
	// case, as ParseSource reads it; "" finds it by the file's header.
	From Source
	// PhaseMap are "Stage=phase" entries over the table that maps the
	// stages of the file to phases.
	PhaseMap []string
	// LastActivity words the note that records a customer's last activity
	// in the system the file came from, dated as the file dates it, so
	// that the customer's history goes on from there; nil records none.
	LastActivity func(Source) string
	// DealNote says an open or lost deal's note in the reader's words;
	// without it the note is the deal's title.
	DealNote func(Deal) string
	// Plan is told the system and the stage table the import reads a
	// customers file by, with the rows in each stage, once the rows are
	// read and before the import keeps anything (a dry run and a refused
	// import too).
	Plan func(ImportReport)
}

// ImportReport says what an import did, or in a dry run would have done.
type ImportReport struct {
	Entity           Entity    `json:"entity"`
	DryRun           bool      `json:"dry_run"`
	Encoding         string    `json:"encoding"` // as the file was read: UTF-8, UTF-16 or Windows-1252
	Separator        Separator `json:"separator"`
	Rows             int       `json:"rows"`
	New              int       `json:"new"`
	Updated          int       `json:"updated"`
	Skipped          int       `json:"skipped"`
	CreatedCustomers int       `json:"created_customers"` // customers created for contacts, purchases or deals
	Ignored          []string  `json:"ignored"`           // columns no field was found for
	Derived          []string  `json:"derived"`           // columns of tend's exports that the book works out itself

	// Of a deals file: what its deals became.
	Deals DealReport `json:"-"`

	// Of a customers file.
	Source  SourceChoice   `json:"source"`  // the system whose export the file is
	Columns []ColumnUse    `json:"columns"` // the columns read, and the field each was read as
	Stages  []StageMapping `json:"stages"`  // the table stages were mapped to phases by
	Profile ProfileCounts  `json:"profile"` // what the customers written hold
}

// ColumnUse is a column of a file and the field it was read as.
type ColumnUse struct {
	Column string `json:"column"`
	Field  string `json:"field"`
}

// ProfileCounts count the customers an import wrote (new and updated), by
// phase and by what they hold.
type ProfileCounts struct {
	Phases         map[string]int `json:"phases"` // by phase key
	WithEmail      int            `json:"with_email"`
	WithPhone      int            `json:"with_phone"`
	Emails         int            `json:"emails"` // their e-mail addresses, other ones too
	Phones         int            `json:"phones"` // their phone numbers, other ones too
	WithOwner      int            `json:"with_owner"`
	WithTags       int            `json:"with_tags"`
	Owners         int            `json:"owners"` // the owners they have, each once
	Tags           int            `json:"tags"`   // the tags they have, each once
	LastActivities int            `json:"last_activities"`
}
