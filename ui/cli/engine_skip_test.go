package cli

// notOnPostgres names the command tests the run on PostgreSQL leaves out,
// each with the reason: "file:" those about the book's file itself (its
// folder, mode, journal, backups and copies beside it), which a server
// book has not; "no book:" those that open no book, so that a second run
// would only repeat the first.
var notOnPostgres = map[string]string{
	"TestFirstCommandsOfTheDayShareOneBackup":                          "file: daily backups are copies of the file beside it",
	"TestCommandsTakeTheDaysBackupBesideTheBook":                       "file: daily backups are copies of the file beside it",
	"TestCheckRepairRebuildsTheSearchIndexAfterTheDaysBackup":          "file: breaks SQLite's FTS5 index and reads the day's backup beside it",
	"TestBackupListShowsThisBooksCopiesAndKeepsThemInCheck":            "file: the copies beside the file",
	"TestRestoreAndCheckCommands":                                      "file: restoring a backup file over the book's file (on a server: TestServerBookBacksUpToAFileAndRestoresIntoAnEmptyBook)",
	"TestForgetSaysWhatItDidToACopyAnotherTendHasOpen":                 "file: erasure from the copies beside the file",
	"TestForgetByNameAsksBeforeErasingFromTheCopies":                   "file: erasure from the copies beside the file",
	"TestForgetAShortNameFindsNoCopyThatNeverHeldIt":                   "file: erasure from the copies beside the file",
	"TestForgetErasesFromTheCopiesThatHoldTheCustomer":                 "file: erasure from the copies beside the file",
	"TestForgetWithYesNamesTheCopiesItLeaves":                          "file: erasure from the copies beside the file",
	"TestForgetTakesNoBackupOfTheCustomer":                             "file: the backup a forget does not take beside the file",
	"TestForgetStoppedAfterTheErasureSaysSoAndFinishesNextTime":        "file: wiping the free space of the file",
	"TestExportNeverOverwritesABook":                                   "file: an export onto the book's own file",
	"TestEachChangeNamesWhoMadeIt":                                     "file: TEND_USER names the author in a file book; on a server its role does (TestOnAServerTheRoleMadeTheChange)",
	"TestListMineIsTheUsersOwnerName":                                  "file: TEND_USER is the owner name in a file book; on a server its role is",
	"TestBinaryReadsAReadOnlyBookAndRefusesChanges":                    "file: the file's permissions (on a server: TestTheServersRefusalsAreOneLineFromTheBinary)",
	"TestBinarySaysWhyABookInAFolderWithoutWritePermissionWillNotOpen": "file: the folder's permissions",
	"TestBinarySaysABrokenBookIsDamaged":                               "file: a broken file",
	"TestBinaryDiskFullDuringAnImportChangesNothing":                   "file: a full disk under the file",
	"TestBinaryUsesTheXDGDataFolderPrivately":                          "file: the default book's file in the data folder",
	"TestReadingCommandsNeverMakeABook":                                "file: a missing file is not made by reading",
	"TestADeviceIsRefusedBeforeSQLiteTouchesIt":                        "file: a device in place of the file",
	"TestAStaleLogOfAnotherBookIsRefusedInOneLine":                     "file: SQLite's log beside the file",
	"TestCrashSafetyOfTheBoard":                                        "file: kills against SQLite's journal",
	"TestCrashSafetyOfTheCommandLine":                                  "file: kills against SQLite's journal",
	"TestARestoreKilledAtAnyFileCallLeavesTheBookBeforeOrAfter":        "file: a restore of the file killed at each file call",
	"TestARestoreOfADamagedBookKilledAtAnyFileCall":                    "file: a restore of the file killed at each file call",
	"TestSettingsSayWhatIsWrongWithADamagedFile":                       "no book: the personal settings file",
	"TestSettingsKeepAPersonalKeyWithoutABook":                         "no book: the personal settings file",
	"TestArgumentRulesSayWhatCobraSaid":                                "no book: the rules of a command's arguments",
	"TestNegativeNumbersAreTakenAsArguments":                           "no book: the reading of arguments",
}
