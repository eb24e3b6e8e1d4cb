package words

import (
	"strings"
	"time"
)

// auditFields name the message of each field the audit trail follows
// (audit.field.<id>), by the name the book stores.
var auditFields = map[string]string{
	"name": "name", "company": "company", "e-mail": "e-mail", "phone": "phone", "owner": "owner",
	"value": "value", "promoter": "promoter", "do not contact": "do-not-contact", "tags": "tags",
	"phase": "phase", "snoozed until": "snoozed-until", "archived": "archived",
	"contact": "contact", "purchase": "purchase", "follow-up": "follow-up",
	"other e-mails": "other-emails", "other phones": "other-phones",
	"merged": "merged",
}

// Change says what an entry of the audit trail changed, and who changed
// it: "e-mail: a@x.de → b@y.de, by anna". A field a later build follows
// is named as the book stores it.
func Change(field, before, after, who string) string {
	if field == "follow-up" {
		before, after = followUpState(before), followUpState(after)
	}
	v := V{"Field": AuditField(field), "Old": before, "New": after, "Who": who}
	switch {
	case before == "":
		return T("audit.set", v)
	case after == "":
		return T("audit.cleared", v)
	}
	return T("audit.changed", v)
}

// AuditField names a field as the audit trail stores it ("e-mail", "given
// name") in the reader's words; a field a later build follows is named as
// the book stores it.
func AuditField(field string) string {
	if id, ok := auditFields[field]; ok {
		return T("audit.field." + id)
	}
	if isDetail(field) {
		return Detail(strings.ReplaceAll(field, " ", "_"))
	}
	return field
}

// followUpState says a follow-up's state as the audit trail stores it
// ("open 2026-03-12", "moved 2026-03-19 10:00", "answered", "done") in
// the reader's words; a state a later build stores is shown as stored.
func followUpState(stored string) string {
	state, day, _ := strings.Cut(stored, " ")
	v := V{"Day": day}
	if t, err := time.Parse(time.DateOnly, day); err == nil {
		v["Day"] = Day(t)
	} else if t, err := time.Parse("2006-01-02 15:04", day); err == nil {
		v["Day"] = DayTime(t)
	}
	switch state {
	case "open":
		return T("audit.follow-up.open", v)
	case "moved":
		return T("audit.follow-up.moved", v)
	case "answered":
		return T("audit.follow-up.answered")
	case "done":
		return T("audit.follow-up.done")
	}
	return stored
}
