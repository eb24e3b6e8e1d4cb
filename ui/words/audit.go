package words

import "strings"

// auditFields name the message of each field the audit trail follows
// (audit.field.<id>), by the name the book stores.
var auditFields = map[string]string{
	"name": "name", "company": "company", "e-mail": "e-mail", "phone": "phone", "owner": "owner",
	"value": "value", "promoter": "promoter", "do not contact": "do-not-contact", "tags": "tags",
	"phase": "phase", "snoozed until": "snoozed-until", "archived": "archived",
	"contact": "contact", "purchase": "purchase",
}

// Change says what an entry of the audit trail changed, and who changed
// it: "e-mail: a@x.de → b@y.de, by anna". A field a later build follows
// is named as the book stores it.
func Change(field, before, after, who string) string {
	if id, ok := auditFields[field]; ok {
		field = T("audit.field." + id)
	} else if isDetail(field) {
		field = Detail(strings.ReplaceAll(field, " ", "_"))
	}
	v := V{"Field": field, "Old": before, "New": after, "Who": who}
	switch {
	case before == "":
		return T("audit.set", v)
	case after == "":
		return T("audit.cleared", v)
	}
	return T("audit.changed", v)
}
