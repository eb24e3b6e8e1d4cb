package data

// field is what a column of an import file holds.
type field int

// The fields an import reads. A contact or purchase names its customer with
// the customer fields; the customer's company is used only to create one.
const (
	fieldID field = iota
	fieldName
	fieldCompany
	fieldEmail
	fieldPhone
	fieldOwner
	fieldPhase
	fieldPhaseSince
	fieldValue
	fieldTags
	fieldPromoter
	fieldDoNotContact
	fieldCreatedAt
	fieldArchivedAt
	fieldCustomer
	fieldCustomerID
	fieldCustomerEmail
	fieldCustomerName
	fieldCustomerCompany
	fieldAt
	fieldKind
	fieldDirection
	fieldSummary
	fieldSentiment
	fieldMoment
	fieldFollowUp
	fieldAmount
	fieldCurrency
	fieldNote
	fieldQuantity
	fieldWho
	fieldGivenName
	fieldFamilyName
	fieldSalutation
	fieldStreet
	fieldPostcode
	fieldCity
	fieldRegion
	fieldCountry
	fieldLanguage
	fieldFollowUpState
	fieldFollowUpMovedTo
	fieldFollowUpClosedAt
	fieldFollowUpClosedBy
	fieldTitle
	fieldStatus
	fieldStage
	fieldLostReason
	fieldWonAt
	fieldClosedAt
	fieldExpectedClose
	fieldActive
	fieldMiddleName
	fieldLastActivity
	fieldOtherEmails
	fieldOtherPhones
	numFields
)

// fieldNames are the names a user gives a field in --map; they are also the
// column names of tend's own exports.
var fieldNames = [numFields]string{
	fieldID: "id", fieldName: "name", fieldCompany: "company", fieldEmail: "email", fieldPhone: "phone",
	fieldOwner: "owner", fieldPhase: "phase", fieldPhaseSince: "phase_since", fieldValue: "value", fieldTags: "tags",
	fieldPromoter: "promoter", fieldDoNotContact: "do_not_contact", fieldCreatedAt: "created_at", fieldArchivedAt: "archived_at",
	fieldCustomer: "customer", fieldCustomerID: "customer_id", fieldCustomerEmail: "customer_email",
	fieldCustomerName: "customer_name", fieldCustomerCompany: "customer_company",
	fieldAt: "at", fieldKind: "kind", fieldDirection: "direction", fieldSummary: "summary", fieldSentiment: "sentiment",
	fieldMoment: "moment", fieldFollowUp: "follow_up", fieldAmount: "amount", fieldCurrency: "currency", fieldNote: "note",
	fieldQuantity: "quantity", fieldWho: "who",
	fieldGivenName: "given_name", fieldFamilyName: "family_name", fieldSalutation: "salutation",
	fieldStreet: "street", fieldPostcode: "postcode", fieldCity: "city", fieldRegion: "region",
	fieldCountry: "country", fieldLanguage: "language",
	fieldFollowUpState: "follow_up_state", fieldFollowUpMovedTo: "follow_up_moved_to",
	fieldFollowUpClosedAt: "follow_up_closed_at", fieldFollowUpClosedBy: "follow_up_closed_by",
	fieldTitle: "title", fieldStatus: "status", fieldStage: "stage", fieldLostReason: "lost_reason",
	fieldWonAt: "won_at", fieldClosedAt: "closed_at", fieldExpectedClose: "expected_close", fieldActive: "active",
	fieldOtherEmails: "other_emails", fieldOtherPhones: "other_phones",
	fieldMiddleName: "middle_name", fieldLastActivity: "last_activity",
}

func (f field) String() string { return fieldNames[f] }

// fieldSpec is a field an import of one entity reads, with the column names
// (English and German, as spreadsheets and shops write them) it is found by.
type fieldSpec struct {
	field   field
	aliases []string
}

// customerRefFields name the customer of a contact or purchase.
var customerRefFields = []fieldSpec{
	{fieldCustomer, []string{"Kunde", "Customer", "Client", "Klient"}},
	{fieldCustomerID, []string{"Customer ID", "Kunden-ID"}},
	{fieldCustomerEmail, []string{"E-Mail", "Email", "Mail", "E-Mail-Adresse", "Email address", "Kunden-E-Mail", "Customer e-mail"}},
	{fieldCustomerName, []string{"Name", "Kundenname", "Customer name"}},
	{fieldCustomerCompany, []string{"Firma", "Company", "Unternehmen", "Customer company"}},
}

// dateAliases find the time of a contact or purchase.
var dateAliases = []string{"Datum", "Date", "When", "Wann", "Zeitpunkt", "Zeit", "Time", "Timestamp", "Date time"}

// authorSpec finds who made a contact or purchase.
var authorSpec = fieldSpec{fieldWho, []string{"Wer", "Who", "Author", "Autor", "Erfasst von", "Recorded by"}}

// importFields are the fields each entity reads.
var importFields = map[Entity][]fieldSpec{
	Customers: {
		{fieldID, nil},
		{fieldName, []string{"Name", "Kunde", "Customer", "Kundenname", "Customer name", "Full name", "Voller Name", "Ansprechpartner", "Contact name"}},
		{fieldCompany, []string{"Firma", "Company", "Unternehmen", "Organisation", "Organization", "Firmenname", "Company name", "Account"}},
		{fieldEmail, []string{"E-Mail", "Email", "Mail", "E-Mail-Adresse", "Email address"}},
		{fieldPhone, []string{"Telefon", "Phone", "Tel", "Telefonnummer", "Phone number", "Telephone", "Mobil", "Mobile", "Handy"}},
		{fieldOwner, []string{"Betreuer", "Owner", "Kundenbetreuer", "Account manager", "Zuständig", "Verantwortlich", "Sales rep"}},
		{fieldPhase, []string{"Phase", "Stage", "Lifecycle phase", "Lebenszyklusphase"}},
		{fieldPhaseSince, []string{"Phase since", "In phase since", "Phase seit"}},
		{fieldValue, []string{"Wert", "Umsatz", "Value", "Revenue", "Jahresumsatz", "Expected value", "Expected revenue", "Annual revenue", "Potenzial"}},
		{fieldTags, []string{"Schlagworte", "Tags", "Schlagwort", "Stichworte", "Labels"}},
		{fieldPromoter, []string{"Promoter", "Empfehler", "Weiterempfehler", "Advocate"}},
		{fieldDoNotContact, []string{"Do not contact", "Nicht kontaktieren", "Kein Kontakt", "Opt-out", "Sperrvermerk"}},
		{fieldCreatedAt, []string{"Created", "Erstellt", "Erstellt am", "Angelegt", "Angelegt am", "Kunde seit", "Customer since"}},
		{fieldArchivedAt, []string{"Archived", "Archiviert", "Archiviert am"}},
		{fieldGivenName, []string{"Vorname", "Given name", "First name", "Firstname"}},
		{fieldFamilyName, []string{"Nachname", "Family name", "Last name", "Lastname", "Surname", "Familienname"}},
		{fieldSalutation, []string{"Anrede", "Salutation", "Briefanrede"}},
		{fieldStreet, []string{"Straße", "Strasse", "Street", "Street address", "Anschrift"}},
		{fieldPostcode, []string{"PLZ", "Postleitzahl", "Postcode", "Postal code", "Zip", "Zip code"}},
		{fieldCity, []string{"Ort", "Stadt", "City", "Town"}},
		{fieldRegion, []string{"Bundesland", "Region", "State", "Province", "Kanton"}},
		{fieldCountry, []string{"Land", "Country"}},
		{fieldOtherEmails, []string{"Other e-mails", "Other e-mail addresses", "Weitere E-Mails", "Weitere E-Mail-Adressen",
			"Additional e-mails", "Secondary e-mail", "Zweite E-Mail", "Alternative e-mail"}},
		{fieldOtherPhones, []string{"Other phones", "Other phone numbers", "Weitere Telefonnummern", "Weitere Telefone",
			"Additional phones", "Secondary phone", "Zweite Telefonnummer", "Alternative phone"}},
		{fieldLanguage, []string{"Sprache", "Language", "Preferred language", "Bevorzugte Sprache"}},
		// Read into the name where the file has no name column, and into
		// the customer's history.
		{fieldMiddleName, []string{"Zweiter Vorname", "Middle name", "Weitere Vornamen", "Additional name"}},
		{fieldLastActivity, []string{"Letzte Aktivität", "Last activity", "Last activity date", "Datum der letzten Aktivität"}},
	},
	Contacts: append(append([]fieldSpec{}, customerRefFields...),
		fieldSpec{fieldAt, dateAliases},
		fieldSpec{fieldKind, []string{"Art", "Kind", "Type", "Typ", "Kanal", "Channel", "Kontaktart"}},
		fieldSpec{fieldDirection, []string{"Richtung", "Direction"}},
		fieldSpec{fieldSummary, []string{"Zusammenfassung", "Summary", "Notiz", "Note", "Notes", "Notizen", "Betreff", "Subject", "Text", "Beschreibung", "Description", "Inhalt"}},
		fieldSpec{fieldSentiment, []string{"Stimmung", "Sentiment"}},
		fieldSpec{fieldMoment, []string{"Moment of truth", "Moment der Wahrheit", "Moment"}},
		fieldSpec{fieldFollowUp, []string{"Wiedervorlage", "Follow-up", "Nachfassen", "Follow-up date", "Nächster Kontakt"}},
		fieldSpec{fieldFollowUpState, []string{"Follow-up state", "Wiedervorlage Stand", "Stand der Wiedervorlage"}},
		fieldSpec{fieldFollowUpMovedTo, []string{"Follow-up moved to", "Wiedervorlage verschoben auf"}},
		fieldSpec{fieldFollowUpClosedAt, []string{"Follow-up closed at", "Wiedervorlage erledigt am"}},
		fieldSpec{fieldFollowUpClosedBy, []string{"Follow-up closed by", "Wiedervorlage erledigt von"}},
		authorSpec,
	),
	Purchases: append(append([]fieldSpec{}, customerRefFields...),
		fieldSpec{fieldAt, append([]string{"Bestelldatum", "Order date", "Kaufdatum", "Purchase date", "Rechnungsdatum", "Invoice date"}, dateAliases...)},
		fieldSpec{fieldAmount, []string{"Betrag", "Amount", "Summe", "Total", "Gesamt", "Gesamtbetrag", "Rechnungsbetrag", "Order total", "Preis", "Price", "Umsatz", "Wert", "Value", "Dollar value"}},
		fieldSpec{fieldCurrency, []string{"Währung", "Currency", "Cur"}},
		fieldSpec{fieldNote, []string{"Notiz", "Note", "Notes", "Bemerkung", "Kommentar", "Comment", "Beschreibung", "Description", "Verwendungszweck"}},
		fieldSpec{fieldQuantity, []string{"Anzahl", "Menge", "Quantity", "Qty", "Count", "Stück", "Number of CDs"}},
		authorSpec,
	),
	Deals: dealFields,
}

// derivedColumns are the columns of tend's own exports that an import does
// not read, because the book works them out itself: labels, summaries of
// the history, and the ids of contacts and purchases.
var derivedColumns = map[Entity][]string{
	Customers: {"phase_label", "updated_at", "last_contact_at", "last_purchase_at", "contact_count", "purchase_count", "total_spend"},
	Contacts:  {"id"},
	Purchases: {"id"},
}
