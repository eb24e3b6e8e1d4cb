package ui

import (
	"fmt"
	"strings"
	"time"

	"tend/lifecycle"
	"tend/ui/text"
	"tend/ui/words"
)

// title draws the customer's name and company, with the marks that
// change how one deals with them on the right.
func (s *customerScreen) title(st *Styles) string {
	c := s.customer
	w := s.width
	title := st.Title.Render(" " + text.Fit(c.Name, w/2))
	if c.Company != "" {
		title += st.Muted.Render(" · " + text.Fit(c.Company, w/3))
	}
	var marks []string
	if c.Promoter {
		marks = append(marks, st.Promoter.Render(words.T("customer.mark.promoter")))
	}
	if c.DoNotContact {
		marks = append(marks, st.Bad.Render(words.T("customer.mark.do-not-contact")))
	}
	if c.Archived() {
		marks = append(marks, st.Warn.Render(words.T("customer.mark.archived")))
	}
	return spread(title, strings.Join(marks, "  ")+" ", w)
}

// profileRows draws the customer's fields in two columns, profileRows
// lines.
func (s *customerScreen) profileRows(st *Styles, lc lifecycle.Lifecycle, now time.Time) []string {
	c := s.customer
	w := s.width
	half := max(w/2, 20)
	row := func(l1, v1, l2, v2 string) string {
		return pad(st.Label.Render(" "+pad(l1, labelWidth))+text.Fit(v1, half-15), half) + st.Label.Render(pad(l2, labelWidth)) + text.Fit(v2, w-half-14)
	}
	days := int(now.Sub(c.PhaseSince).Hours() / 24)
	spend := words.Spent(c.Summary, s.currency)
	last := words.T("customer.profile.never")
	if !c.LastContactAt.IsZero() {
		last = c.LastContactAt.Format("2006-01-02") + " · " + sinceContact(c.LastContactAt, now)
	}
	return []string{
		row(words.T("customer.profile.phase"), words.T("customer.profile.phase-days", words.V{"Phase": phaseName(lc, c.Phase), "Days": words.Number(days)}),
			words.T("customer.profile.value"), words.T("customer.profile.a-year", words.V{"Value": words.Money(c.Value.Grouped(), s.currency)})),
		row(words.T("customer.profile.email"), c.Email, words.T("customer.profile.phone"), c.Phone),
		row(words.T("customer.profile.owner"), c.Owner, words.T("customer.profile.tags"), strings.Join(c.Tags, ", ")),
		row(words.T("customer.profile.spent"), spend, words.T("customer.profile.last-contact"), last),
		row(words.T("customer.profile.contacts"), fmt.Sprint(c.Contacts), words.T("customer.profile.since"), c.CreatedAt.Format("2006-01-02")),
	}
}
