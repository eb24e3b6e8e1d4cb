package lifecycle

// The codes of the domain's errors, one per thing that can be wrong. They
// are stable: a face, and the message catalog, phrase each from its code
// and values.
const (
	CodeAmountBad          = "amount.bad"                 // Amount
	CodeAmountNoDigits     = "amount.no-digits"           // Amount
	CodeAmountTooLarge     = "amount.too-large"           // Amount
	CodeAmountUnexpected   = "amount.unexpected"          // Char
	CodeAmountMarks        = "amount.decimal-marks"       // two decimal marks
	CodeAmountNoCents      = "amount.no-cents"            // nothing after the decimal mark
	CodeAmountThousandsEnd = "amount.thousands-after"     // a thousands mark after the decimal mark
	CodeAmountPlaces       = "amount.places"              // more than two decimal places
	CodeAmountMixedMarks   = "amount.mixed-marks"         // thousands marks of two kinds
	CodeAmountMisplaced    = "amount.thousands-misplaced" // a thousands mark out of its place
	CodeAmountScalePlaces  = "amount.scale-places"        // Scale: decimals beyond whole cents
	CodeAmountScaleTwoWays = "amount.scale-two-ways"      // Joined, Padded: 12.345k

	CodeStoryPhases = "demo.phases" // no visible buying, owning or ended phase for a demo story

	CodeContactKind      = "contact.kind"      // Kind
	CodeContactDirection = "contact.direction" // Direction
	CodeContactSentiment = "contact.sentiment" // Sentiment
	CodeContactFuture    = "contact.future"    // At
	CodeContactSummary   = "contact.summary"   // the summary is empty
	CodeContactNoTime    = "contact.no-time"

	CodeCustomerNameEmpty    = "customer.name-empty"
	CodeCustomerNameID       = "customer.name-id"       // Name, ID
	CodeCustomerEmail        = "customer.email"         // Email
	CodeCustomerValue        = "customer.value"         // Value
	CodeCustomerTagSeparator = "customer.tag-separator" // Tag
	CodeCustomerTagControl   = "customer.tag-control"   // Tag
	CodeCustomerLanguage     = "customer.language"      // Language
	CodeCustomerPhone        = "customer.phone"         // Phone
	CodeCustomerOthersMany   = "customer.others-many"   // Kind (email or phone), Count, Max
	CodeCustomerOthersTwice  = "customer.others-twice"  // an other e-mail or phone empty, twice or the primary

	CodeTemplateName       = "template.name"        // a template without a name
	CodeTemplateSubject    = "template.subject"     // a subject of more than one line
	CodeTemplateSyntax     = "template.syntax"      // Part, Reason
	CodeTemplateField      = "template.field"       // Part, Line, Field, Fields
	CodeTemplateNotAllowed = "template.not-allowed" // Part, Line, What
	CodeTemplateUnset      = "template.unset"       // Part, Line, Field
	CodeTemplateFailed     = "template.failed"      // Part, Reason
	CodeLimit              = "limit.over"           // Field, Size, Max, Unit
	CodeLimitTag           = "limit.tag"            // Tag (its start)

	CodeDayMissing     = "day.missing"      // Date, Zone
	CodeWhenEmpty      = "when.empty"       // no date given
	CodeWhenInvalid    = "when.invalid"     // Date
	CodeWhenYears      = "when.years"       // Date, From, To
	CodeWhenSkipped    = "when.skipped"     // Time, Zone
	CodeMoveSame       = "move.same"        // Phase (its label), Key
	CodeReasonBlank    = "reason.blank"     // Label
	CodeReasonTaken    = "reason.taken"     // Kind, Key
	CodeReasonKind     = "reason.kind"      // Kind
	CodeReasonNotAsked = "reason.not-asked" // To (the phase's key)
	CodeReasonUnknown  = "reason.unknown"   // Kind, Key, Choices (the offered keys)
	CodePhaseHidden    = "phase.hidden"     // Phase (its label), Key
	CodePhaseUnknown   = "phase.unknown"    // Phase, Phases (their keys), Labels (theirs, said in their place)
	CodePhaseBad       = "phase.bad"        // Key
	CodePhaseBlank     = "phase.blank"      // a phase without key or label
	CodePhaseKeyTwice  = "phase.key-twice"  // Key
	CodePhaseNoneSeen  = "phase.none-visible"
	CodePhaseLabels    = "phase.label-twice"   // Label
	CodePhaseClose     = "phase.label-close"   // Label, Other, OtherKey
	CodePhaseNoLetter  = "phase.label-letters" // Label
	CodePhasePosition  = "phase.position"      // Position, Count
	CodeGroupUnknown   = "group.unknown"       // Group
	CodePresetUnknown  = "preset.unknown"      // Preset, Presets

	CodePurchaseZero     = "purchase.amount-zero"
	CodePurchaseNoDate   = "purchase.no-date"
	CodePurchaseCurrency = "purchase.currency" // Currency

	CodeSettingValue   = "setting.value"   // Key, Value, Want (count, number or amount), Min, Max
	CodeSettingPhase   = "setting.phase"   // Key, Phase
	CodeSettingUnknown = "setting.unknown" // Key

	CodeFitStart        = "fit.start"          // Start
	CodeFitTooFew       = "fit.too-few"        // Customers, Need
	CodeFitTooFewBuyers = "fit.too-few-buyers" // Customers (repeat buyers), Need
	CodeFitNoRepeats    = "fit.no-repeats"     // Customers
	CodeFitNotConverged = "fit.not-converged"  // Iterations, LogLikelihood
	CodeFitRunaway      = "fit.runaway"        // Parameter, Value
	CodeFitHistory      = "fit.history"        // History (its number)
	CodeFitRepeats      = "fit.repeats"        // Repeats
	CodeFitLast         = "fit.last"           // Last, T
	CodeFitLastAlone    = "fit.last-alone"     // Last
	CodeFitSpend        = "fit.spend"          // History, Repeats, Mean
)
