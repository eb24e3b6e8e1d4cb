package demo

import "strings"

// germanSummaries are the summaries the demo writes whole, not from parts,
// in German.
var germanSummaries = map[string]string{
	"Placed an order": "Bestellung aufgegeben", "Order received": "Bestellung eingegangen",
	"Reordered": "Nachbestellt", "Order by phone": "Telefonische Bestellung",
	"First enquiry": "Erste Anfrage", "Found us through a search": "Hat uns über die Suche gefunden",
	"Came by recommendation": "Kam auf Empfehlung", "Enquiry via the website": "Anfrage über die Website",
	"Signed the first order":                        "Ersten Auftrag unterschrieben",
	"Asked not to be contacted again":               "Möchte nicht mehr kontaktiert werden",
	"Checked in: orders again next quarter":         "Nachgefragt: bestellt im nächsten Quartal wieder",
	"Checked in: still has stock":                   "Nachgefragt: hat noch Vorrat",
	"Checked in: all well, budget comes in spring":  "Nachgefragt: alles gut, Budget kommt im Frühjahr",
	"Checked in: happy, nothing needed right now":   "Nachgefragt: zufrieden, braucht gerade nichts",
	"Tried to reach them for a check-in: no answer": "Wollte nachfragen: niemand erreicht",
	"Left a message to check in":                    "Nachricht zum Nachfragen hinterlassen",
	"Checked in: now orders elsewhere":              "Nachgefragt: bestellt jetzt woanders",
	"Checked in: unhappy with the last order":       "Nachgefragt: unzufrieden mit der letzten Bestellung",
	"Checked in: cutting back on suppliers":         "Nachgefragt: reduziert die Zahl der Lieferanten",
	"Closed the lead: no budget":                    "Lead geschlossen: kein Budget",
	"Closed the lead: chose a competitor":           "Lead geschlossen: hat sich für einen Wettbewerber entschieden",
	"Closed the lead: no answer to our calls":       "Lead geschlossen: keine Antwort auf unsere Anrufe",
	"Closed the lead: not a fit":                    "Lead geschlossen: passt nicht",
	"Sent a win-back offer":                         "Rückgewinnungsangebot geschickt",
	"Offered a discount on the next order":          "Rabatt auf die nächste Bestellung angeboten",
	"Asked why they stopped ordering":               "Gefragt, warum sie nicht mehr bestellen",
}

// germanInvoice is a purchase's note in German: its invoice number.
const germanInvoice = "Rechnung "

// inGerman puts the summaries written whole and the purchases' notes into
// German; the talks written from parts are German already, their
// customers being German.
func (h *History) inGerman() {
	for i, c := range h.Contacts {
		if german, ok := germanSummaries[c.Summary]; ok {
			h.Contacts[i].Summary = german
		} else if german, ok := germanTopics[c.Summary]; ok {
			h.Contacts[i].Summary = german
		}
	}
	for i, p := range h.Purchases {
		if number, ok := strings.CutPrefix(p.Note, invoice); ok {
			h.Purchases[i].Note = germanInvoice + number
		}
	}
}
