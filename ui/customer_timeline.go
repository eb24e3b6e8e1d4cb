package ui

import (
	"fmt"
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
}

var kindIcons = map[lifecycle.Kind]string{
	lifecycle.Call: "☎", lifecycle.Email: "✉", lifecycle.Meeting: "◉",
	lifecycle.Message: "»", lifecycle.Social: "#", lifecycle.Note: "✎",
}

// buildTimeline turns a history into the timeline's lines, newest first.
func buildTimeline(h data.History, lc lifecycle.Lifecycle, now time.Time) []timelineEvent {
	events := h.Events()
	out := make([]timelineEvent, len(events))
	for i, e := range events {
		out[i] = timelineEventOf(e, lc, now)
	}
	return out
}

func timelineEventOf(e data.Event, lc lifecycle.Lifecycle, now time.Time) timelineEvent {
	switch {
	case e.Contact != nil:
		c := e.Contact
		t := timelineEvent{at: c.At, icon: kindIcons[c.Kind], moment: c.Moment, follow: c.FollowUp,
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
		text := words.T("customer.timeline.purchase", words.V{"Amount": e.Purchase.Amount.Grouped(), "Currency": e.Purchase.Currency})
		if e.Purchase.Note != "" {
			text += " · " + e.Purchase.Note
		}
		return timelineEvent{at: e.At, icon: "¤", text: text}
	case e.Edit != nil:
		return timelineEvent{at: e.At, icon: "Δ", text: words.T("customer.timeline.edited", words.V{"Change": words.Change(e.Edit.Field, e.Edit.Old, e.Edit.New, e.Edit.Who)})}
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

// eventLine draws one timeline event.
func (s *customerScreen) eventLine(st *Styles, e timelineEvent) string {
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
	head := st.Muted.Render("   "+e.at.Format("2006-01-02 15:04")+"  ") + e.icon + " " + tone + moment + " "
	follow := ""
	if !e.follow.IsZero() {
		style := st.Info
		if e.overdue {
			style = st.Bad
		}
		follow = style.Render(" ↻ " + e.follow.Format("2006-01-02"))
	}
	room := s.width - lipgloss.Width(head) - lipgloss.Width(follow)
	return head + text.Fit(e.text, room) + follow
}
