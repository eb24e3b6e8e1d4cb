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
	CodeWipeStopped    = "forget.stopped" // Customer (empty after an earlier erasure), Stopped (interrupted, busy or failed), Failure; wraps forget.unfinished
	CodeGone           = "forget.gone"    // Customer

	// Templates of drafts.
	CodeReadTemplates    = "template.read"
	CodeStoreTemplate    = "template.store"     // Name
	CodeTemplateTaken    = "template.taken"     // Name, Language
	CodeTemplateNotFound = "template.not-found" // Name, Language (may be empty)

	// Customers and their history.
	CodeNotFound        = "customer.not-found"
	CodeNoRef           = "customer.no-ref"
	CodeArchived        = "customer.archived"         // Customer
	CodeArchivedAlready = "customer.archived-already" // Customer
	CodeNotArchived     = "customer.not-archived"     // Customer
	CodeCannotComeBack  = "customer.cannot-come-back" // Customer, wraps phase.hidden
	CodePhaseByMove     = "customer.phase-by-move"
	CodeMergeSame       = "merge.same"       // Customer
	CodeMergeArchived   = "merge.archived"   // Customer
	CodeMergeNone       = "merge.none"       // Customer
	CodeMergeChanged    = "merge.changed"    // Customer
	CodeMergeIDTaken    = "merge.id-taken"   // Customer, Other, ID
	CodeStoreMerge      = "merge.store"      // Other, Customer
	CodeReadMerge       = "merge.read"       // Customer
	CodeUndoMerge       = "merge.undo"       // Customer
	CodeSetStopped      = "set.stopped"      // Customer (empty when gone), ID; wraps what stopped it
	CodeHasHistory      = "undo.has-history" // Customer
	CodeMovedAgain      = "undo.moved-again" // Customer
	CodeDealtAgain      = "undo.dealt-again" // Customer
	CodeRecordGone      = "record.gone"      // Kind (contact or purchase), ID
	CodeSettleFollowUps = "follow-up.settle"
	CodeFollowUpClosed  = "follow-up.closed"  // Customer
	CodeFollowUpChanged = "follow-up.changed" // Customer
	CodeFollowUpPast    = "follow-up.past"    // Day
	CodeNoFollowUp      = "follow-up.none"    // ID
	CodeReadAgenda      = "follow-up.read"
	CodeStoreFollowUp   = "follow-up.store"
	CodeFollowUpState   = "follow-up.state"    // State
	CodeFollowUpNoDay   = "follow-up.no-day"   // State
	CodeFollowUpNoMove  = "follow-up.no-moved" // State
	CodeFollowUpAlone   = "follow-up.state-alone"
	CodeRecordChanged   = "record.changed"     // Kind, ID
	CodeRecordTaken     = "record.taken"       // Kind, ID
	CodeEntryKind       = "record.kind"        // Kind
	CodeEntryID         = "record.bad-id"      // ID
	CodeSnoozePast      = "triage.snooze-past" // Until
	CodeNoGroupPhase    = "triage.no-phase"    // Group, Customer
	CodePhaseHolds      = "phases.holds"       // Phase (its label), Key, Customers
	CodePresetLate      = "phases.preset-late" // Customers
	CodeSummaryBad      = "score.summary"      // ID, Summary
	CodeNotFitted       = "models.not-fitted"

	// What check finds wrong with a book, and which check it was (Check:
	// file, schema, references, summaries, totals, phase-history, flags, reasons,
	// name-keys).
	CodeCheckUnreadable   = "check.unreadable"    // Check
	CodeCheckMore         = "check.more"          // Check
	CodeCheckDamaged      = "check.damaged"       // Detail
	CodeCheckSchema       = "check.schema"        // Kind, Name
	CodeCheckReference    = "check.reference"     // Table, Parent
	CodeCheckSummaries    = "check.summaries"     // ID, Name
	CodeCheckTotals       = "check.totals"        // Phase, Customers, Cents, Flagged, FreshCustomers, FreshCents, FreshFlagged
	CodeCheckPhaseHistory = "check.phase-history" // ID, Name
	CodeCheckFollowUps    = "check.follow-ups"    // ID, Name
	CodeCheckFlags        = "check.flags"         // ID, Name
	CodeCheckKeptReasons  = "check.kept-reasons"  // ID, Name
	CodeCheckReasons      = "check.reasons"       // Name, Key
	CodeCheckActivity     = "check.activity"      // Hour, Kind
	CodeCheckNameKey      = "check.name-key"      // ID, Name
	CodeCheckSearchIndex  = "check.search-index"  // Index
	CodeCheckTemplate     = "check.template"      // Name, Language
	CodeCheckKeptWeek     = "check.kept-week"     // End, Owner, Tag
	CodeCheckOthers       = "check.others"        // ID, Name (and the problem as the cause)
	CodeCheckMerge        = "check.merge"         // ID, Name

	// What tend check --repair refuses.
	CodeRepairDamaged = "repair.damaged" // Path
	CodeRepairUnknown = "repair.unknown" // Index

	// Orders of the board and lists, and a person's own settings file.
	CodeUnknownOrder   = "order.unknown"     // Order, Choices
	CodePrefsDamaged   = "prefs.damaged"     // Path, Line, Detail
	CodePrefsUnknown   = "prefs.unknown-key" // Path, Line, Key, Like ("" when no key is near)
	CodePrefsBadValue  = "prefs.bad-value"   // Path, Line (0 when typed), Key, Value, Choices
	CodePrefsNotString = "prefs.not-text"    // Path, Line, Key
	CodePrefsRead      = "prefs.read"        // Path, Cause
	CodePrefsWrite     = "prefs.write"       // Path, Cause
	CodePrefsNoFolder  = "prefs.no-folder"

	// Why a purchase model could not be fitted.
	CodeModelsNoPurchases   = "models.no-purchases"    // Day
	CodeModelsTooFew        = "models.too-few"         // Count, Day, Min
	CodeModelsNoRepeats     = "models.no-repeats"      // Count, Day
	CodeModelsFewBuyers     = "models.few-buyers"      // Count, Day, Min
	CodeModelsFewInCurrency = "models.few-in-currency" // Count, Day, Min, Currency, Other
	CodePeriodOrder         = "insights.period-order"  // From, To
	CodePeriodAhead         = "insights.period-ahead"  // To, AsOf
	CodeWeeks               = "insights.weeks"         // Weeks
	CodeDemoSize            = "demo.size"              // Max, Customers
	CodeDemoNotEmpty        = "demo.not-empty"         // Customers
	CodeFormatUnknown       = "export.format"          // Format
	CodeExportKind          = "export.kind"            // Kind

	// vCard files.
	CodeVCardOutside       = "vcard.outside"        // a line outside a card
	CodeVCardNoEnd         = "vcard.no-end"         // a card without END:VCARD
	CodeVCardUnreadable    = "vcard.unreadable"     // a card the library cannot read
	CodeVCardLongLine      = "vcard.long-line"      // MiB
	CodeVCardOnlyCustomers = "vcard.only-customers" // contacts or purchases as vCard

	// Imports.
	CodeImportKind        = "import.kind"         // Kind
	CodeOnDuplicate       = "import.on-duplicate" // Choice
	CodeRolledBack        = "import.rolled-back"
	CodeRefused           = "import.refused" // File, Bad (and Count), Rows, More
	CodeRow               = "import.row"     // File, Line, Column, Cause
	CodeEmptyFile         = "import.empty"
	CodeNotText           = "import.not-text"
	CodeJSON              = "import.json"
	CodeSpreadsheet       = "import.spreadsheet"
	CodeNotCDNOW          = "import.not-cdnow"
	CodeLongRow           = "import.long-row" // MiB
	CodeQuoteOpen         = "import.quote-open"
	CodeQuoteStray        = "import.quote-stray"
	CodeMapForm           = "import.map-form"        // Mapping
	CodeMapField          = "import.map-field"       // Mapping, Entity, Field, Fields
	CodeMapColumn         = "import.map-column"      // Mapping, Column, Columns
	CodeMapTaken          = "import.map-taken"       // Mapping, Field, Column
	CodeColumnMissing     = "import.column-missing"  // Field, Examples
	CodeImportSource      = "import.source"          // Source, Sources
	CodeSourceUnsure      = "import.source-unsure"   // Sources, Score
	CodeStageUnmapped     = "import.stage-unmapped"  // Stage
	CodePhaseMapForm      = "import.phase-map-form"  // Mapping
	CodePhaseMapPhase     = "import.phase-map-phase" // Mapping, Cause
	CodeCellCount         = "import.cell-count"      // Cells, Columns
	CodeControlChar       = "import.control-char"    // Char, At
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
	CodeDealStatus        = "import.deal-status"    // Value
	CodeDealValueNegative = "import.deal-negative"  // Value
	CodeAmbiguous         = "customer.ambiguous"    // Ref, Matches
	CodeEmailTaken        = "customer.email-taken"  // Email, Holder (name), ID
	CodeChanged           = "customer.changed"      // Customer, Changes
	CodeNoMatchRef        = "customer.no-match"     // Ref

	// What the store was doing when the book failed it; the cause is
	// the error each wraps.
	CodeAtPath                  = "store.at-path" // Path
	CodeAtLine                  = "store.at-line" // File, Line
	CodeInFile                  = "store.in-file" // File
	CodeCountBoard              = "store.count-board"
	CodeCountPerPhase           = "store.count-per-phase"
	CodeArchiveCustomer         = "store.archive-customer" // ID
	CodeBackupFailed            = "store.backup-failed"    // Path
	CodeFlagSettings            = "store.flag-settings"
	CodeRestoreUntouched        = "store.restore-untouched"
	CodeUnreadable              = "store.unreadable"
	CodeNotReadableBook         = "store.not-readable-book" // Path
	CodeRestoreCopy             = "store.restore-copy"      // Aside
	CodeRestoreStage            = "store.restore-stage"     // From
	CodeCreateBook              = "store.create-book"       // Path
	CodeCopyErase               = "store.copy-erase"
	CodeKeepAsideAs             = "store.keep-aside-as" // Aside
	CodeKeepAside               = "store.keep-aside"
	CodeBackupFolder            = "store.backup-folder"             // Folder
	CodeNameBackup              = "store.name-backup"               // Path
	CodeNameCopy                = "store.name-copy"                 // Path
	CodeOpenBook                = "store.open-book"                 // Path
	CodePrepareRestore          = "store.prepare-restore"           // From
	CodePrepareRestoreUntouched = "store.prepare-restore-untouched" // From
	CodePutBackup               = "store.put-backup"                // Aside
	CodeReadBackup              = "store.read-backup"               // Path
	CodeBackupMissing           = "store.backup-missing"            // Path
	CodeReadFolder              = "store.read-folder"               // Folder
	CodeRemoveCopy              = "store.remove-copy"               // Path
	CodeLogAside                = "store.log-aside"                 // Path
	CodeCopyWipe                = "store.copy-wipe"
	CodeWriteBackup             = "store.write-backup" // Path
	CodeWriteLogID              = "store.write-log-id" // File
	CodeCheck                   = "store.check"        // Check
	CodeSearch                  = "store.search"
	CodeCountArchived           = "store.count-archived"
	CodeCountBookCustomers      = "store.count-book-customers"
	CodeCountCustomers          = "store.count-customers"
	CodeCountList               = "store.count-list"
	CodeCountPurchases          = "store.count-purchases"
	CodeErase                   = "store.erase"  // Customer
	CodeExport                  = "store.export" // What
	CodeFindCard                = "store.find-card"
	CodeFindCustomers           = "store.find-customers"
	CodeFindCurrency            = "store.find-currency"
	CodeFinishImport            = "store.finish-import"
	CodeHeaderUnreadable        = "store.header-unreadable"
	CodeUnreadableBook          = "store.unreadable-book" // Path
	CodeListCustomers           = "store.list-customers"
	CodeReadFollowUps           = "store.read-follow-ups"
	CodeLookForEmail            = "store.look-for-email" // Email
	CodeLookForTwin             = "store.look-for-twin"  // Kind
	CodeLookUpCustomer          = "store.look-up-customer"
	CodeMakeRoom                = "store.make-room"
	CodeMarkDoNotContact        = "store.mark-do-not-contact" // Customer
	CodeNoteForFlags            = "store.note-for-flags"      // ID
	CodeOpen                    = "store.open"                // Path
	CodePrepareImport           = "store.prepare-import"
	CodePrepareStore            = "store.prepare-store" // What
	CodePutBack                 = "store.put-back"      // Customer
	CodePutTriageStateBack      = "store.put-triage-state-back"
	CodeRead                    = "store.read" // What
	CodeReadAuditTrail          = "store.read-audit-trail"
	CodeReadBook                = "store.read-book" // What
	CodeReadBookCustomers       = "store.read-book-customers"
	CodeReadContacts            = "store.read-contacts"
	CodeReadFlaggedWeeks        = "store.read-flagged-weeks"
	CodeReadCustomer            = "store.read-customer" // ID
	CodeReadCustomers           = "store.read-customers"
	CodeReadImportChanged       = "store.read-import-changed"
	CodeReadFlaggedCustomers    = "store.read-flagged-customers"
	CodeReadHistory             = "store.read-history"              // Customer
	CodeReadIndexesAndTriggers  = "store.read-indexes-and-triggers" // Tables
	CodeReadLifecycle           = "store.read-lifecycle"
	CodeReadMoves               = "store.read-moves"
	CodeReadPhaseChanges        = "store.read-phase-changes"
	CodeReadPhaseHistory        = "store.read-phase-history" // ID
	CodeReadPurchaseModels      = "store.read-purchase-models"
	CodeReadPurchases           = "store.read-purchases"
	CodeReadHistoryPurchases    = "store.read-history-purchases"
	CodeReadReasons             = "store.read-reasons"
	CodeStoreReason             = "store.store-reason" // Key
	CodeReadSetting             = "store.read-setting" // Key
	CodeReadPragma              = "store.read-pragma"  // Key
	CodeReadSettings            = "store.read-settings"
	CodeReadTriageState         = "store.read-triage-state"
	CodeReadSpent               = "store.read-spent"          // ID
	CodeRebuild                 = "store.rebuild"             // Kind, Name
	CodeRebuildIndex            = "store.rebuild-index"       // Name
	CodeRecordChange            = "store.record-change"       // Field
	CodeRecordRowCustomer       = "store.record-row-customer" // Line
	CodeRecordFirstPhase        = "store.record-first-phase"  // Customer
	CodeRecordMove              = "store.record-move"
	CodeRecount                 = "store.recount"        // Table
	CodeRemove                  = "store.remove"         // ID, Kind
	CodeChangeRecord            = "store.change-record"  // Kind, ID
	CodeRestoreRecord           = "store.restore-record" // Kind, ID
	CodeRemoveMove              = "store.remove-move"
	CodeRemoveSetting           = "store.remove-setting" // Key
	CodeReplaceTags             = "store.replace-tags"   // ID
	CodeSchemaStep              = "store.schema-step"    // Step
	CodeSetAside                = "store.set-aside"      // Kind, Name
	CodeTuneWrite               = "store.tune-write"     // Key
	CodeDemoStopped             = "store.demo-stopped"
	CodeStoreTable              = "store.store-table"    // What
	CodeStoreContact            = "store.store-contact"  // ID
	CodeStoreCustomer           = "store.store-customer" // Customer, ID
	CodeStoreFlags              = "store.store-flags"
	CodeStoreFlaggedWeeks       = "store.store-flagged-weeks"
	CodeStorePhase              = "store.store-phase"    // Phase
	CodeStorePurchase           = "store.store-purchase" // ID
	CodeStorePurchaseModels     = "store.store-purchase-models"
	CodeStorePurchaseSummaries  = "store.store-purchase-summaries"
	CodeStoreTag                = "store.store-tag" // Tag
	CodeStoreTriageState        = "store.store-triage-state"
	CodeUpdateContact           = "store.update-contact" // ID
	CodeUpdateSummaries         = "store.update-summaries"
	CodeUpdatePurchase          = "store.update-purchase" // ID
	CodeUpgradeCopy             = "store.upgrade-copy"    // Path
	CodeUpgrade                 = "store.upgrade"         // Copy, Path, Version
	CodeWatchBook               = "store.watch-book"
)

// Searching the book.
const (
	CodeSearchNothing = "search.nothing" // Query

	// A book on a PostgreSQL server.
	CodeServerOpen         = "server.open"          // Book, Cause
	CodeServerOtherProgram = "server.other-program" // Book
	CodeTeamUpgrade        = "server.upgrade"       // Book, Version, Latest
	CodeServerUnreachable  = "server.unreachable"   // Address, Cause
	CodeServerLogin        = "server.login"         // Detail
	CodeServerNoDatabase   = "server.no-database"   // Detail
	CodeServerDenied       = "server.denied"        // Detail
	CodeServerLost         = "server.lost"
	CodeServerRefused      = "server.refused" // Detail
	CodeServerSearch       = "server.search"  // Book, Cause
)

// A whole book copied between a file and a server.
const (
	CodeCopyNotEmpty = "team.copy-not-empty" // Book, Count (customers), Records
	CodeCopyItself   = "team.copy-itself"    // Book
	CodeCopyFailed   = "team.copy-failed"    // From, To, Cause
)
