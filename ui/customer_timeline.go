package ui

import (
	"fmt"
	"strings"
	"time"

	"charm.land/lipgloss/v2"

	"tend/data"
	"tend/lifecycle"
	"tend/ui/text"
	"tend/ui/words"
)

// timelineEvent is one line of the timeline.
type timelineEvent struct {
	at      time.Time
	icon    string
	text    string
	tone    int // -1 bad, 0 plain, 1 good
	moment  bool
	overdue bool
	follow  time.Time
	// key names the event across reads, so that the selection stays on it.
	key string
	// entry is the contact or purchase, which the user can correct or
	// take out; nil for a move or an edit of the record.
	entry *data.Entry
	// who made an edit or move, where the audit trail says.
	who string
	// by names who made the contact, purchase or move where the line
	// shows it: on a timeline others wrote in too; "" otherwise.
	by string
}

var kindIcons = map[lifecycle.Kind]string{
	lifecycle.Call: "☎", lifecycle.Email: "✉", lifecycle.Meeting: "◉",
	lifecycle.Message: "»", lifecycle.Social: "#", lifecycle.Note: "✎",
}

// buildTimeline turns a history into the timeline's lines, newest first.
// me is the user reading it: where anyone else wrote in the history, each
// line names its author; a history of one's own entries names none.
func buildTimeline(h data.History, lc lifecycle.Lifecycle, now time.Time, me string) []timelineEvent {
	events := h.Events()
	out := make([]timelineEvent, len(events))
	at := make(map[string]int, len(events))
	for i, e := range events {
		out[i] = timelineEventOf(e, lc, now)
		out[i].key = eventKey(e)
		at[out[i].key] = i
	}
	if data.ByOthers(events, me) {
		for i, e := range events {
			if e.Edit == nil { // an edit's words name its author already
				out[i].by = e.Author()
			}
		}
	}
	// Newest first: the first correction of an entry met is its latest.
	for _, e := range events {
		if i, ok := at[correctedEntry(e.Edit)]; ok && out[i].who == "" {
			out[i].who = e.Edit.Who
		}
	}
	return out
}

// correctedEntry is the key of the contact or purchase an edit of the
// audit trail corrected, or empty: the trail keeps the entry as "#id …".
func correctedEntry(a *data.AuditEntry) string {
	if a == nil || (a.Field != "contact" && a.Field != "purchase") || a.New == "" {
		return ""
	}
	id, _, _ := strings.Cut(strings.TrimPrefix(a.New, "#"), " ")
	return a.Field + ":" + id
}

// eventKey names an event of the history: its kind and id.
func eventKey(e data.Event) string {
	switch {
	case e.Contact != nil:
		return entryKey(data.ContactEntry(*e.Contact))
	case e.Purchase != nil:
		return entryKey(data.PurchaseEntry(*e.Purchase))
	case e.Edit != nil:
		return fmt.Sprintf("edit:%d", e.Edit.ID)
	}
	return fmt.Sprintf("move:%d", e.Change.ID)
}

// entryKey names a contact or purchase as eventKey does.
func entryKey(e data.Entry) string { return fmt.Sprintf("%s:%d", e.Kind(), e.ID()) }

func timelineEventOf(e data.Event, lc lifecycle.Lifecycle, now time.Time) timelineEvent {
	switch {
	case e.Contact != nil:
		c := e.Contact
		entry := data.ContactEntry(*c)
		t := timelineEvent{at: c.At, icon: kindIcons[c.Kind], moment: c.Moment, follow: c.FollowUp, entry: &entry,
			text:    fmt.Sprintf("%s %s · %s · %s", words.ContactKind(c.Kind), words.Direction(c.Direction), words.Sentiment(c.Sentiment), c.Summary),
			overdue: !c.FollowUp.IsZero() && c.FollowUp.Before(now)}
		switch c.Sentiment {
		case lifecycle.Positive:
			t.tone = 1
		case lifecycle.Negative:
			t.tone = -1
		}
		return t
	case e.Purchase != nil:
		text := words.T("customer.timeline.purchase", words.V{"Amount": words.Money(words.Amount(e.Purchase.Amount), e.Purchase.Currency)})
		if e.Purchase.Note != "" {
			text += " · " + e.Purchase.Note
		}
		entry := data.PurchaseEntry(*e.Purchase)
		return timelineEvent{at: e.At, icon: "¤", text: text, entry: &entry}
	case e.Edit != nil:
		return timelineEvent{at: e.At, icon: "Δ", who: e.Edit.Who,
			text: words.T("customer.timeline.edited", words.V{"Change": words.Change(e.Edit.Field, e.Edit.Old, e.Edit.New, e.Edit.Who)})}
	}
	ch := e.Change
	text := words.T("customer.timeline.moved", words.V{"Phase": phaseName(lc, ch.To)})
	if ch.From == "" {
		text = words.T("customer.timeline.created", words.V{"Phase": phaseName(lc, ch.To)})
	}
	if ch.Reason != "" && ch.From != "" {
		text += " · " + words.MoveNote(ch.Reason)
	}
	text += words.GivenReason(lc, *ch)
	return timelineEvent{at: e.At, icon: "→", text: text}
}

// phaseName is a phase's label, or its key when the lifecycle lacks it.
func phaseName(lc lifecycle.Lifecycle, key string) string {
	if p, err := lc.Find(key); err == nil {
		return p.Label
	}
	return key
}

// eventLine draws one timeline event, marked when it is selected.
func (s *customerScreen) eventLine(st *Styles, e timelineEvent, selected bool) string {
	tone := " "
	switch e.tone {
	case 1:
		tone = st.Good.Render("+")
	case -1:
		tone = st.Bad.Render("−")
	}
	moment := " "
	if e.moment {
		moment = st.Promoter.Render("★")
	}
	mark := "   "
	if selected {
		mark = " " + st.Accent.Render("▸") + " "
	}
	head := mark + st.Muted.Render(words.DayTime(e.at)+"  ") + e.icon + " " + tone + moment + " "
	follow := ""
	if !e.follow.IsZero() {
		style := st.Info
		if e.overdue {
			style = st.Bad
		}
		follow = style.Render(" " + followUpSymbol + " " + words.Day(e.follow))
	}
	if e.by != "" {
		follow = st.Muted.Render(" "+words.T("customer.timeline.by", words.V{"Who": e.by})) + follow
	}
	room := s.width - lipgloss.Width(head) - lipgloss.Width(follow)
	line := head + text.Fit(e.text, room) + follow
	if selected {
		return st.CardSelected.Render(pad(line, s.width))
	}
	return line
}
