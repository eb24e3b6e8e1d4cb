package data

// The codes of the store's errors, one per thing that can be wrong, with
// the values each carries. They are stable: a face, and the message
// catalog, phrase each from its code and values.
const (
	// The book's file.
	CodeBusy           = "book.busy"
	CodeReadOnly       = "book.read-only"
	CodeDiskFull       = "book.disk-full"
	CodeDamaged        = "book.damaged"
	CodeNoBook         = "book.none"            // Path
	CodeNotBook        = "book.not-tend"        // Path, NotSQLite
	CodeOtherProgram   = "book.other-program"   // Path
	CodeNewerBook      = "book.newer"           // Path, Version, Latest
	CodeUpdateTend     = "book.update"          // wraps book.newer
	CodeForeignLog     = "book.foreign-log"     // Path
	CodeLogWithoutBook = "book.log-alone"       // Path
	CodeLinkBroken     = "book.link-broken"     // Path
	CodeNoFolder       = "book.no-folder"       // Path, Folder
	CodeFolder         = "book.folder"          // Path
	CodeNotRegular     = "book.not-regular"     // Path
	CodeFolderReadOnly = "book.folder-locked"   // Path, Folder
	CodeReadOnlyEmpty  = "book.read-only-empty" // Path
	CodeReadOnlyOld    = "book.read-only-old"   // Path
	CodeNotFile        = "book.not-file"        // Path
	CodeIntegrity      = "book.integrity"       // Path, Check
	CodeFileExists     = "backup.exists"        // Path
	CodeBackupsKeep    = "backup.keep"          // Key, Value, Max
	CodePrune          = "backup.prune"         // Cause
	CodeRestoreItself  = "restore.itself"       // Path
	CodeRestoreLog     = "restore.log"          // Path
	CodeNoCopier       = "restore.no-copier"
	CodeCopyDamaged    = "copy.damaged"
	CodeWipeUnfinished = "forget.unfinished"
	CodeWipeStopped    = "forget.stopped" // Customer (empty after an earlier erasure), Stopped (interrupted, busy or failed), Cause
	CodeGone           = "forget.gone"    // Customer

	// Customers and their history.
	CodeNotFound        = "customer.not-found"
	CodeNoRef           = "customer.no-ref"
	CodeArchived        = "customer.archived"         // Customer
	CodeArchivedAlready = "customer.archived-already" // Customer
	CodeNotArchived     = "customer.not-archived"     // Customer
	CodeCannotComeBack  = "customer.cannot-come-back" // Customer, wraps phase.hidden
	CodePhaseByMove     = "customer.phase-by-move"
	CodeHasHistory      = "undo.has-history"   // Customer
	CodeMovedAgain      = "undo.moved-again"   // Customer
	CodeDealtAgain      = "undo.dealt-again"   // Customer
	CodeRecordGone      = "record.gone"        // Kind (contact or purchase), ID
	CodeSnoozePast      = "triage.snooze-past" // Until
	CodeNoGroupPhase    = "triage.no-phase"    // Group, Customer
	CodePhaseHolds      = "phases.holds"       // Phase, Customers
	CodePresetLate      = "phases.preset-late" // Customers
	CodeSummaryBad      = "score.summary"      // ID, Summary
	CodeNotFitted       = "models.not-fitted"
	CodePeriodOrder     = "insights.period-order" // From, To
	CodePeriodAhead     = "insights.period-ahead" // To, AsOf
	CodeWeeks           = "insights.weeks"        // Weeks
	CodeDemoSize        = "demo.size"             // Max, Customers
	CodeDemoNotEmpty    = "demo.not-empty"        // Customers
	CodeDemoPhases      = "demo.phases"
	CodeFormatUnknown   = "export.format" // Format
	CodeExportKind      = "export.kind"   // Kind

	// Imports.
	CodeImportKind        = "import.kind"         // Kind
	CodeOnDuplicate       = "import.on-duplicate" // Choice
	CodeRolledBack        = "import.rolled-back"
	CodeRefused           = "import.refused" // File, Bad, More
	CodeRow               = "import.row"     // File, Line, Column, Cause
	CodeEmptyFile         = "import.empty"
	CodeNotText           = "import.not-text"
	CodeJSON              = "import.json"
	CodeSpreadsheet       = "import.spreadsheet"
	CodeNotCDNOW          = "import.not-cdnow"
	CodeLongRow           = "import.long-row" // MiB
	CodeQuoteOpen         = "import.quote-open"
	CodeQuoteStray        = "import.quote-stray"
	CodeMapForm           = "import.map-form"       // Mapping
	CodeMapField          = "import.map-field"      // Mapping, Entity, Field, Fields
	CodeMapColumn         = "import.map-column"     // Mapping, Column, Columns
	CodeMapTaken          = "import.map-taken"      // Mapping, Field, Column
	CodeColumnMissing     = "import.column-missing" // Field, Examples
	CodeCellCount         = "import.cell-count"     // Cells, Columns
	CodeControlChar       = "import.control-char"   // Char, At
	CodeEmptyCell         = "import.empty-cell"
	CodeAhead             = "import.ahead"           // Date
	CodeNotWhole          = "import.not-whole"       // Value
	CodeNotCustomerID     = "import.not-customer-id" // Value
	CodeNotYesNo          = "import.not-yes-no"      // Value
	CodeNotCurrency       = "import.not-currency"    // Value
	CodeNewNeedsName      = "import.new-needs-name"
	CodeDuplicateLine     = "import.duplicate-line"     // Line, By (id, email or name)
	CodeDuplicateCustomer = "import.duplicate-customer" // ID, Name, By (id, email or name)
	CodeDuplicateRecord   = "import.duplicate-record"   // Kind (contact or purchase), ID
	CodeNoCustomerRef     = "import.no-customer"
	CodeNoMatch           = "import.no-match"       // ID, Email, Name, Company
	CodeNoMatchID         = "import.no-match-id"    // ID
	CodeAmbiguousRef      = "import.ambiguous"      // Count, IDs
	CodeMoveBefore        = "import.move-before"    // Since, Latest
	CodeSpentTooMuch      = "import.spent-too-much" // Most
	CodeAmbiguous         = "customer.ambiguous"    // Ref, Matches
	CodeEmailTaken        = "customer.email-taken"  // Email, Holder (name), ID
	CodeChanged           = "customer.changed"      // Customer, Changes
	CodeNoMatchRef        = "customer.no-match"     // Ref
)
