package data

import (
	"strings"
	"sync"

	"tend/lifecycle"
)

// sourceTable holds what tend knows of each system's export, with its
// columns filed by their keys, made on the first import.
var sourceTable = sync.OnceValue(func() map[Source]*importSource {
	return map[Source]*importSource{
		SourceHubSpot: hubSpot.fileKeys(), SourcePipedrive: pipedrive.fileKeys(), SourceSalesforce: salesforce.fileKeys(),
		SourceOdoo: odoo.fileKeys(), SourceGoogle: google.fileKeys(), SourceOutlook: outlook.fileKeys(),
	}
})

// hubSpot is HubSpot's contacts export (CRM › Contacts › Export), in
// English and as a German account exports it.
var hubSpot = &importSource{
	name: SourceHubSpot,
	en: []sourceColumn{
		{"Record ID", fieldUnread}, {"Contact ID", fieldUnread}, {"First Name", fieldGivenName}, {"Last Name", fieldFamilyName},
		{"Email", fieldEmail}, {"Phone Number", fieldPhone}, {"Mobile Phone Number", fieldOtherPhones},
		{"Company Name", fieldCompany}, {"Associated Company", fieldCompany}, {"Job Title", fieldUnread},
		{"Lifecycle Stage", fieldPhase}, {"Lead Status", fieldUnread}, {"Contact owner", fieldOwner},
		{"Create Date", fieldCreatedAt}, {"Last Activity Date", fieldLastActivity}, {"Marketing contact status", fieldUnread},
		{"Street Address", fieldStreet}, {"City", fieldCity}, {"State/Region", fieldRegion},
		{"Postal Code", fieldPostcode}, {"Country/Region", fieldCountry},
	},
	de: []sourceColumn{
		{"Datensatz-ID", fieldUnread}, {"Vorname", fieldGivenName}, {"Nachname", fieldFamilyName},
		{"E-Mail", fieldEmail}, {"Telefonnummer", fieldPhone}, {"Mobiltelefonnummer", fieldOtherPhones},
		{"Name des Unternehmens", fieldCompany}, {"Zugeordnetes Unternehmen", fieldCompany}, {"Berufsbezeichnung", fieldUnread},
		{"Lebenszyklusphase", fieldPhase}, {"Lead-Status", fieldUnread}, {"Kontaktinhaber", fieldOwner},
		{"Erstellungsdatum", fieldCreatedAt}, {"Datum der letzten Aktivität", fieldLastActivity},
		{"Status als Marketingkontakt", fieldUnread},
		{"Adresse", fieldStreet}, {"Stadt", fieldCity}, {"Bundesland/Region", fieldRegion},
		{"Postleitzahl", fieldPostcode}, {"Land/Region", fieldCountry},
	},
	stages: []sourceStage{
		{"Subscriber", stepSubscriber}, {"Abonnent", stepSubscriber},
		{"Lead", stepLead},
		{"Marketing Qualified Lead", stepQualified}, {"MQL", stepQualified}, {"Marketing-qualifizierter Lead", stepQualified},
		{"Sales Qualified Lead", stepQualified}, {"SQL", stepQualified}, {"Vertriebsqualifizierter Lead", stepQualified},
		{"Opportunity", stepOpportunity}, {"Verkaufschance", stepOpportunity},
		{"Customer", stepCustomer}, {"Kunde", stepCustomer},
		{"Evangelist", stepAdvocate},
		{"Other", stepSubscriber}, {"Andere", stepSubscriber}, {"Sonstige", stepSubscriber},
	},
}

// pipedrive is Pipedrive's export of people (Contacts › People › Export),
// whose every column starts "Person - ". Pipedrive has no stage for a
// person; its default labels say how warm one is.
var pipedrive = &importSource{
	name: SourcePipedrive,
	en: []sourceColumn{
		{"Person - ID", fieldUnread}, {"Person - Name", fieldName}, {"Person - First name", fieldGivenName},
		{"Person - Last name", fieldFamilyName}, {"Person - Organization", fieldCompany},
		{"Person - Email", fieldEmail}, {"Person - Email - Work", fieldEmail}, {"Person - Email - Home", fieldOtherEmails},
		{"Person - Email - Other", fieldOtherEmails}, {"Person - Phone", fieldPhone}, {"Person - Phone - Work", fieldPhone},
		{"Person - Phone - Home", fieldOtherPhones}, {"Person - Phone - Mobile", fieldOtherPhones}, {"Person - Phone - Other", fieldOtherPhones},
		{"Person - Owner", fieldOwner}, {"Person - Labels", fieldTags}, {"Person - Label", fieldTags},
		{"Person - Person created", fieldCreatedAt}, {"Person - Last activity date", fieldLastActivity},
		{"Person - Update time", fieldUnread}, {"Person - Open deals", fieldUnread}, {"Person - Won deals", fieldUnread},
		{"Person - Lost deals", fieldUnread}, {"Person - Next activity date", fieldUnread}, {"Person - Visible to", fieldUnread},
	},
	de: []sourceColumn{
		{"Person - Vorname", fieldGivenName}, {"Person - Nachname", fieldFamilyName},
		{"Person - Organisation", fieldCompany}, {"Person - E-Mail", fieldEmail}, {"Person - E-Mail - Arbeit", fieldEmail},
		{"Person - E-Mail - Privat", fieldOtherEmails}, {"Person - E-Mail - Sonstige", fieldOtherEmails},
		{"Person - Telefon", fieldPhone}, {"Person - Telefon - Arbeit", fieldPhone}, {"Person - Telefon - Privat", fieldOtherPhones},
		{"Person - Telefon - Mobil", fieldOtherPhones}, {"Person - Telefon - Sonstige", fieldOtherPhones},
		{"Person - Besitzer", fieldOwner}, {"Person - Person erstellt", fieldCreatedAt},
		{"Person - Datum der letzten Aktivität", fieldLastActivity}, {"Person - Aktualisierungszeit", fieldUnread},
		{"Person - Offene Deals", fieldUnread}, {"Person - Gewonnene Deals", fieldUnread}, {"Person - Sichtbar für", fieldUnread},
	},
	stages: []sourceStage{
		{"Cold lead", stepLead}, {"Kalter Lead", stepLead},
		{"Warm lead", stepQualified}, {"Warmer Lead", stepQualified},
		{"Hot lead", stepOpportunity}, {"Heißer Lead", stepOpportunity},
		{"Customer", stepCustomer}, {"Kunde", stepCustomer},
	},
	stagesInTags: true,
}

// salesforce is a Salesforce report of contacts or of leads, exported as
// CSV ("Details Only").
var salesforce = &importSource{
	name: SourceSalesforce,
	en: []sourceColumn{
		{"Contact ID", fieldUnread}, {"Lead ID", fieldUnread}, {"Contact Owner", fieldOwner}, {"Lead Owner", fieldOwner},
		{"Salutation", fieldSalutation}, {"First Name", fieldGivenName}, {"Middle Name", fieldMiddleName},
		{"Last Name", fieldFamilyName}, {"Title", fieldUnread}, {"Account Name", fieldCompany},
		{"Company / Account", fieldCompany}, {"Email", fieldEmail}, {"Phone", fieldPhone}, {"Mobile", fieldOtherPhones},
		{"Lead Status", fieldPhase}, {"Lead Source", fieldUnread}, {"Rating", fieldUnread}, {"Industry", fieldUnread},
		{"Created Date", fieldCreatedAt}, {"Create Date", fieldCreatedAt}, {"Last Activity", fieldLastActivity},
		{"Mailing Street", fieldStreet}, {"Mailing City", fieldCity}, {"Mailing State/Province", fieldRegion},
		{"Mailing Zip/Postal Code", fieldPostcode}, {"Mailing Country", fieldCountry},
		{"Street", fieldStreet}, {"State/Province", fieldRegion}, {"Zip/Postal Code", fieldPostcode},
	},
	de: []sourceColumn{
		{"Kontakt-ID", fieldUnread}, {"Lead-ID", fieldUnread}, {"Kontaktinhaber", fieldOwner}, {"Lead-Inhaber", fieldOwner},
		{"Anrede", fieldSalutation}, {"Vorname", fieldGivenName}, {"Zweiter Vorname", fieldMiddleName},
		{"Nachname", fieldFamilyName}, {"Titel", fieldUnread}, {"Accountname", fieldCompany}, {"Firma/Account", fieldCompany},
		{"E-Mail", fieldEmail}, {"Telefon", fieldPhone}, {"Mobiltelefon", fieldOtherPhones}, {"Lead-Status", fieldPhase},
		{"Lead-Quelle", fieldUnread}, {"Erstelldatum", fieldCreatedAt}, {"Letzte Aktivität", fieldLastActivity},
		{"Postanschrift Straße", fieldStreet}, {"Postanschrift Ort", fieldCity}, {"Postanschrift Bundesland", fieldRegion},
		{"Postanschrift PLZ", fieldPostcode}, {"Postanschrift Land", fieldCountry},
	},
	stages: []sourceStage{
		{"Open - Not Contacted", stepLead}, {"Offen - Nicht kontaktiert", stepLead},
		{"Working - Contacted", stepQualified}, {"In Bearbeitung - Kontaktiert", stepQualified},
		{"Closed - Converted", stepCustomer}, {"Geschlossen - Konvertiert", stepCustomer},
		{"Closed - Not Converted", stepLost}, {"Geschlossen - Nicht konvertiert", stepLost},
		{"New", stepLead}, {"Nurturing", stepLead}, {"Working", stepQualified},
		{"Qualified", stepOpportunity}, {"Unqualified", stepLost},
	},
}

// odoo is Odoo's export of contacts (Contacts › select › Export), with
// the fields a user picks most, and the stages of its CRM's pipeline,
// which a "Stage" column of an export of leads holds.
var odoo = &importSource{
	name: SourceOdoo,
	en: []sourceColumn{
		{"External ID", fieldUnread}, {"Display Name", fieldName}, {"Email", fieldEmail}, {"Phone", fieldPhone},
		{"Mobile", fieldOtherPhones}, {"Company Name", fieldCompany}, {"Related Company", fieldCompany},
		{"Salesperson", fieldOwner}, {"Tags", fieldTags}, {"Created on", fieldCreatedAt}, {"Last Updated on", fieldUnread},
		{"Is a Company", fieldUnread}, {"Job Position", fieldUnread}, {"Street", fieldStreet}, {"Zip", fieldPostcode},
		{"City", fieldCity}, {"State", fieldRegion}, {"Country", fieldCountry}, {"Stage", fieldPhase},
	},
	de: []sourceColumn{
		{"Externe ID", fieldUnread}, {"Anzeigename", fieldName}, {"E-Mail", fieldEmail}, {"Telefon", fieldPhone},
		{"Mobil", fieldOtherPhones}, {"Firmenname", fieldCompany}, {"Zugehöriges Unternehmen", fieldCompany},
		{"Verkäufer", fieldOwner}, {"Vertriebsmitarbeiter", fieldOwner}, {"Stichwörter", fieldTags}, {"Schlagwörter", fieldTags},
		{"Erstellt am", fieldCreatedAt}, {"Zuletzt aktualisiert am", fieldUnread}, {"Ist ein Unternehmen", fieldUnread},
		{"Arbeitsposition", fieldUnread}, {"Straße", fieldStreet}, {"PLZ", fieldPostcode}, {"Stadt", fieldCity},
		{"Bundesland", fieldRegion}, {"Land", fieldCountry}, {"Phase", fieldPhase},
	},
	stages: []sourceStage{
		{"New", stepLead}, {"Neu", stepLead},
		{"Qualified", stepQualified}, {"Qualifiziert", stepQualified},
		{"Proposition", stepOpportunity}, {"Angebot", stepOpportunity},
		{"Won", stepCustomer}, {"Gewonnen", stepCustomer},
	},
}

// google is Google Contacts' CSV ("Google CSV"), in its present layout and
// the one before it; Google writes its headers in English whatever the
// account's language.
var google = &importSource{
	name: SourceGoogle,
	en: []sourceColumn{
		{"First Name", fieldGivenName}, {"Middle Name", fieldMiddleName}, {"Last Name", fieldFamilyName},
		{"Given Name", fieldGivenName}, {"Additional Name", fieldMiddleName}, {"Family Name", fieldFamilyName},
		{"Name Prefix", fieldSalutation}, {"Name Suffix", fieldUnread}, {"Nickname", fieldUnread}, {"File As", fieldUnread},
		{"Phonetic First Name", fieldUnread}, {"Phonetic Last Name", fieldUnread},
		{"Organization Name", fieldCompany}, {"Organization 1 - Name", fieldCompany}, {"Organization Title", fieldUnread},
		{"Organization 1 - Title", fieldUnread}, {"Organization Department", fieldUnread}, {"Birthday", fieldUnread},
		{"Notes", fieldUnread}, {"Photo", fieldUnread}, {"Labels", fieldTags}, {"Group Membership", fieldTags},
		{"E-mail 1 - Label", fieldUnread}, {"E-mail 1 - Type", fieldUnread}, {"E-mail 1 - Value", fieldEmail},
		{"E-mail 2 - Label", fieldUnread}, {"E-mail 2 - Type", fieldUnread}, {"E-mail 2 - Value", fieldOtherEmails}, {"E-mail 3 - Value", fieldOtherEmails},
		{"Phone 1 - Label", fieldUnread}, {"Phone 1 - Type", fieldUnread}, {"Phone 1 - Value", fieldPhone},
		{"Phone 2 - Label", fieldUnread}, {"Phone 2 - Type", fieldUnread}, {"Phone 2 - Value", fieldOtherPhones}, {"Phone 3 - Value", fieldOtherPhones},
		{"Address 1 - Label", fieldUnread}, {"Address 1 - Type", fieldUnread}, {"Address 1 - Formatted", fieldUnread},
		{"Address 1 - Street", fieldStreet}, {"Address 1 - City", fieldCity}, {"Address 1 - Region", fieldRegion},
		{"Address 1 - Postal Code", fieldPostcode}, {"Address 1 - Country", fieldCountry},
	},
	splitTags: googleLabels,
}

// outlook is Outlook's CSV of contacts ("Comma Separated Values"), in
// English and as a German Outlook writes it.
var outlook = &importSource{
	name: SourceOutlook,
	en: []sourceColumn{
		{"Title", fieldSalutation}, {"First Name", fieldGivenName}, {"Middle Name", fieldMiddleName},
		{"Last Name", fieldFamilyName}, {"Suffix", fieldUnread}, {"Nickname", fieldUnread}, {"Company", fieldCompany},
		{"Department", fieldUnread}, {"Job Title", fieldUnread}, {"E-mail Address", fieldEmail},
		{"E-mail Display Name", fieldUnread}, {"E-mail 2 Address", fieldOtherEmails}, {"E-mail 3 Address", fieldOtherEmails},
		{"Business Phone", fieldPhone}, {"Business Phone 2", fieldOtherPhones}, {"Home Phone", fieldOtherPhones},
		{"Mobile Phone", fieldOtherPhones}, {"Business Fax", fieldUnread}, {"Other Phone", fieldOtherPhones},
		{"Business Street", fieldStreet}, {"Business City", fieldCity}, {"Business State", fieldRegion},
		{"Business Postal Code", fieldPostcode}, {"Business Country/Region", fieldCountry},
		{"Home Street", fieldUnread}, {"Home City", fieldUnread}, {"Categories", fieldTags}, {"Notes", fieldUnread},
		{"Birthday", fieldUnread}, {"Web Page", fieldUnread},
	},
	de: []sourceColumn{
		{"Anrede", fieldSalutation}, {"Vorname", fieldGivenName}, {"Weitere Vornamen", fieldMiddleName},
		{"Nachname", fieldFamilyName}, {"Suffix", fieldUnread}, {"Firma", fieldCompany}, {"Abteilung", fieldUnread},
		{"Position", fieldUnread}, {"E-Mail-Adresse", fieldEmail}, {"E-Mail: Angezeigter Name", fieldUnread},
		{"E-Mail 2: Adresse", fieldOtherEmails}, {"E-Mail 3: Adresse", fieldOtherEmails},
		{"Telefon geschäftlich", fieldPhone}, {"Telefon geschäftlich 2", fieldOtherPhones}, {"Telefon privat", fieldOtherPhones},
		{"Mobiltelefon", fieldOtherPhones}, {"Fax geschäftlich", fieldUnread},
		{"Straße geschäftlich", fieldStreet}, {"Ort geschäftlich", fieldCity}, {"Region geschäftlich", fieldRegion},
		{"Postleitzahl geschäftlich", fieldPostcode}, {"Land/Region geschäftlich", fieldCountry},
		{"Straße privat", fieldUnread}, {"Ort privat", fieldUnread}, {"Kategorien", fieldTags}, {"Notizen", fieldUnread},
		{"Geburtstag", fieldUnread}, {"Webseite", fieldUnread},
	},
}

// googleLabels reads Google's labels, "* myContacts ::: VIP ::: Kunden",
// leaving out the labels Google sets itself, which start with "* ".
func googleLabels(s string) ([]string, error) {
	var tags []string
	for l := range strings.SplitSeq(s, ":::") {
		if l = strings.TrimSpace(l); !strings.HasPrefix(l, "* ") {
			tags = append(tags, l)
		}
	}
	return lifecycle.NormalizeTags(tags), nil
}
