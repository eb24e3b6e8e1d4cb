package demo

// The parts the summaries of the regular talks are written from, each in
// English and in German: enough of each that a large book's talks read as
// many different texts, as a real book's do.
var (
	// What a talk was about: a product or the terms.
	talkProducts = []words{
		{"starter package", "Starterpaket"},
		{"service contract", "Servicevertrag"},
		{"spare parts", "Ersatzteile"},
		{"annual licence", "Jahreslizenz"},
		{"premium support", "Premium-Support"},
		{"training offer", "Schulungsangebot"},
		{"new catalogue", "neuer Katalog"},
		{"bulk order", "Großbestellung"},
		{"delivery terms", "Lieferbedingungen"},
		{"maintenance plan", "Wartungsplan"},
		{"online shop", "Onlineshop"},
		{"custom build", "Sonderanfertigung"},
		{"rental option", "Mietoption"},
		{"upgrade to the pro line", "Upgrade auf die Pro-Linie"},
		{"sample kit", "Musterset"},
		{"framework agreement", "Rahmenvertrag"},
		{"installation service", "Montageservice"},
		{"extended warranty", "Garantieverlängerung"},
		{"reporting add-on", "Reporting-Modul"},
		{"consumables subscription", "Verbrauchsmaterial-Abo"},
	}
	// What a pleased customer said.
	talkPraise = []words{
		{"delivery was on time", "Lieferung kam pünktlich"},
		{"likes the new interface", "mag die neue Oberfläche"},
		{"team is happy with the training", "Team ist mit der Schulung zufrieden"},
		{"quality better than before", "Qualität besser als vorher"},
		{"invoicing works smoothly now", "Rechnungsstellung läuft jetzt reibungslos"},
		{"wants to be a reference customer", "will Referenzkunde werden"},
		{"support answered within the hour", "Support hat in einer Stunde geantwortet"},
		{"saved them a lot of time", "spart ihnen viel Zeit"},
	}
	// What held a customer back.
	talkDoubts = []words{
		{"price too high", "Preis zu hoch"},
		{"delivery times too long", "Lieferzeiten zu lang"},
		{"needs approval from headquarters", "braucht Freigabe von der Zentrale"},
		{"happy with their current supplier", "zufrieden mit dem jetzigen Lieferanten"},
		{"budget frozen until next year", "Budget bis nächstes Jahr eingefroren"},
		{"worried about the migration", "Sorge wegen der Umstellung"},
		{"contract term too long", "Vertragslaufzeit zu lang"},
		{"missing an interface to their ERP", "fehlende Schnittstelle zum ERP"},
		{"had quality problems last time", "hatte zuletzt Qualitätsprobleme"},
		{"payment terms too short", "Zahlungsziel zu kurz"},
		{"no time for a rollout now", "gerade keine Zeit für die Einführung"},
		{"wants a trial first", "will erst testen"},
	}
	// What else was said.
	talkRemarks = []words{
		{"asked for references", "hat nach Referenzen gefragt"},
		{"new budget owner", "neuer Budgetverantwortlicher"},
		{"comparing three suppliers", "vergleicht drei Anbieter"},
		{"interested in a volume discount", "interessiert an Mengenrabatt"},
		{"wants a fixed contact person", "wünscht festen Ansprechpartner"},
		{"plans a second site", "plant einen zweiten Standort"},
		{"IT has to sign off", "IT muss zustimmen"},
		{"prefers e-mail over calls", "lieber E-Mail als Anrufe"},
		{"works with a purchasing platform", "bestellt über eine Einkaufsplattform"},
		{"asked about sustainability", "fragt nach Nachhaltigkeit"},
		{"decision in the board meeting", "Entscheidung in der Vorstandssitzung"},
		{"holiday season coming up", "Urlaubszeit steht an"},
	}
	// What comes next,
	talkSteps = []words{
		{"send the offer", "Angebot schicken"},
		{"call back", "zurückrufen"},
		{"send the contract", "Vertrag schicken"},
		{"arrange a demo", "Demo vereinbaren"},
		{"send samples", "Muster schicken"},
		{"clarify the delivery date", "Liefertermin klären"},
		{"meet on site", "Termin vor Ort"},
		{"send the case study", "Fallstudie schicken"},
		{"check the invoice", "Rechnung prüfen"},
		{"introduce the technician", "Techniker vorstellen"},
		{"follow up on the decision", "Entscheidung nachfassen"},
		{"send a revised price", "neuen Preis schicken"},
	}
	// and by when.
	talkWhen = []words{
		{"this week", "diese Woche"},
		{"next week", "nächste Woche"},
		{"by Friday", "bis Freitag"},
		{"after the holidays", "nach den Ferien"},
		{"in two weeks", "in zwei Wochen"},
		{"end of the month", "Ende des Monats"},
		{"next quarter", "nächstes Quartal"},
		{"tomorrow", "morgen"},
	}
	// talkConcern is the label before a doubt; talkPlan how a next step
	// reads, %[1]s the step and %[2]s when.
	talkConcern = words{"concern: ", "Einwand: "}
	talkPlan    = words{"next: %[1]s %[2]s", "nächster Schritt: %[2]s %[1]s"}

	// germanTopics are the topics of the regular talks in German.
	germanTopics = map[string]string{
		"Intro call": "Erstgespräch", "Qualified the need": "Bedarf geklärt",
		"Followed up on the offer": "Angebot nachgefasst", "Talked about the budget": "Über das Budget gesprochen",
		"Sent the product overview": "Produktübersicht geschickt", "Sent an offer": "Angebot geschickt",
		"Asked for an offer": "Hat ein Angebot angefragt", "Questions about delivery times": "Fragen zu Lieferzeiten",
		"Demo of the product": "Produktdemo", "Met at the trade fair": "Auf der Messe getroffen",
		"Workshop on requirements": "Workshop zu den Anforderungen", "Asked for a callback": "Bittet um Rückruf",
		"Sent the price list": "Preisliste geschickt", "Confirmed the appointment": "Termin bestätigt",
		"Connected on LinkedIn": "Auf LinkedIn vernetzt", "Commented on our post": "Hat unseren Beitrag kommentiert",
		"Asked about us on social media": "Hat in den sozialen Medien nach uns gefragt",
		"Budget decision next quarter":   "Budgetentscheidung im nächsten Quartal",
		"Compares us with a competitor":  "Vergleicht uns mit einem Wettbewerber",
		"Decision maker is the CFO":      "Entscheider ist der Finanzchef",
		"Quarterly review":               "Quartalsgespräch", "Talked about the renewal": "Über die Verlängerung gesprochen",
		"Support question": "Supportfrage", "Planned the next order": "Nächste Bestellung geplant",
		"Sent the new price list": "Neue Preisliste geschickt", "Question about an invoice": "Frage zu einer Rechnung",
		"Order confirmation": "Auftragsbestätigung", "Sent the newsletter offer": "Newsletter-Angebot geschickt",
		"Onboarding session": "Einführungstermin", "Annual review": "Jahresgespräch",
		"Training for their team": "Schulung für ihr Team", "Visited their site": "Vor Ort besucht",
		"Asked about the delivery date": "Fragt nach dem Liefertermin", "Confirmed the delivery": "Lieferung bestätigt",
		"Quick question about the product": "Kurze Frage zum Produkt", "Shared our case study": "Hat unsere Fallstudie geteilt",
		"Liked our announcement": "Hat unsere Ankündigung geliked", "Tagged us in a post": "Hat uns in einem Beitrag markiert",
		"Expanding next year": "Expandiert nächstes Jahr", "New contact person in purchasing": "Neuer Ansprechpartner im Einkauf",
		"Prefers calls in the morning": "Lieber Anrufe am Vormittag",
		"Very happy with the delivery": "Sehr zufrieden mit der Lieferung", "Praised the support": "Hat den Support gelobt",
		"Recommended us to a partner":     "Hat uns einem Partner empfohlen",
		"Thanked us for the quick fix":    "Bedankt sich für die schnelle Lösung",
		"Pleased with the new version":    "Zufrieden mit der neuen Version",
		"Complaint about a late delivery": "Beschwerde über verspätete Lieferung",
		"Unhappy with the price increase": "Unzufrieden mit der Preiserhöhung", "Invoice dispute": "Streit um eine Rechnung",
		"Reported a product defect": "Hat einen Produktfehler gemeldet", "Asked to cancel the contract": "Will den Vertrag kündigen",
		"Support took too long": "Support hat zu lange gebraucht",
	}
)
