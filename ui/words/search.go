package words

// SearchKind names what a search found: a customer, a contact or a
// purchase (data's HitCustomer, HitContact, HitPurchase).
func SearchKind(kind string) string {
	switch kind {
	case "contact":
		return T("cli.search.kind.contact")
	case "purchase":
		return T("cli.search.kind.purchase")
	}
	return T("cli.search.kind.customer")
}

// SearchField names the field a search matched in, as data's SearchHit
// names it.
func SearchField(field string) string {
	switch field {
	case "company":
		return T("cli.search.field.company")
	case "email":
		return T("cli.search.field.email")
	case "phone":
		return T("cli.search.field.phone")
	case "owner":
		return T("cli.search.field.owner")
	case "tags":
		return T("cli.search.field.tags")
	case "summary":
		return T("cli.search.field.summary")
	case "note":
		return T("cli.search.field.note")
	}
	if isDetail(field) {
		return Detail(field)
	}
	return T("cli.search.field.name")
}
