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
		marks = append(marks, st.Promoter.Render("★ promoter"))
	}
	if c.DoNotContact {
		marks = append(marks, st.Bad.Render("do not contact"))
	}
	if c.Archived() {
		marks = append(marks, st.Warn.Render("archived"))
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
	spend := words.Spent(c.Summary)
	last := "never"
	if !c.LastContactAt.IsZero() {
		last = c.LastContactAt.Format("2006-01-02") + " · " + sinceContact(c.LastContactAt, now)
	}
	return []string{
		row("Phase", fmt.Sprintf("%s · %d days", phaseName(lc, c.Phase), days), "Value", c.Value.Grouped()+" a year"),
		row("E-mail", c.Email, "Phone", c.Phone),
		row("Owner", c.Owner, "Tags", strings.Join(c.Tags, ", ")),
		row("Spent", spend, "Last contact", last),
		row("Contacts", fmt.Sprint(c.Contacts), "Since", c.CreatedAt.Format("2006-01-02")),
	}
}
