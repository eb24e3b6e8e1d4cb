package ui

import (
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

// profileFields are the customer's fields, label and value, in the
// order they are read: across, then down.
func (s *customerScreen) profileFields(lc lifecycle.Lifecycle, now time.Time) [][2]string {
	c := s.customer
	days := int(now.Sub(c.PhaseSince).Hours() / 24)
	last := words.T("customer.profile.never")
	if !c.LastContactAt.IsZero() {
		last = words.Day(c.LastContactAt) + " · " + sinceContact(c.LastContactAt, now)
	}
	return [][2]string{
		{words.T("customer.profile.phase"), words.T("customer.profile.phase-days", words.V{"Phase": phaseName(lc, c.Phase), "Days": words.Number(days)})},
		{words.T("customer.profile.value"), words.T("customer.profile.a-year", words.V{"Value": words.Money(words.Amount(c.Value), s.currency)})},
		{words.T("customer.profile.email"), c.Email}, {words.T("customer.profile.phone"), c.Phone},
		{words.T("customer.profile.owner"), c.Owner}, {words.T("customer.profile.tags"), strings.Join(c.Tags, ", ")},
		{words.T("customer.profile.spent"), words.Spent(c.Summary, s.currency)}, {words.T("customer.profile.last-contact"), last},
		{words.T("customer.profile.contacts"), words.Number(c.Contacts)}, {words.T("customer.profile.since"), words.Day(c.CreatedAt)},
		// Under the primary ones, unlabelled, where the customer has others.
		{"", strings.Join(c.OtherEmails, ", ")}, {"", strings.Join(c.OtherPhones, ", ")},
	}
}

// profileGrids place the profile's fields (by their index in
// profileFields; -1 for none) in two columns, or in three on a wide
// screen, which leaves the timeline a line more: what the customer is
// worth, how to reach them, and when.
var profileGrids = map[int][][]int{
	2: {{0, 1}, {2, 3}, {4, 5}, {6, 7}, {8, 9}},
	3: {{0, 2, 7}, {1, 3, 9}, {6, 4, -1}, {8, 5, -1}},
}

// reachGrids place them for a customer with other e-mails or phones (10,
// 11), each under its primary one: a line more in two columns; in three,
// the owner and the tags move to the third.
var reachGrids = map[int][][]int{
	2: {{0, 1}, {2, 3}, {10, 11}, {4, 5}, {6, 7}, {8, 9}},
	3: {{0, 2, 7}, {1, 10, 9}, {6, 3, 4}, {8, 11, 5}},
}

// profileGrid is the grid of the customer's profile.
func (s *customerScreen) profileGrid() [][]int {
	if len(s.customer.OtherEmails)+len(s.customer.OtherPhones) > 0 {
		return reachGrids[s.profileColumns()]
	}
	return profileGrids[s.profileColumns()]
}

// profileColumns is how many columns the profile's fields take.
func (s *customerScreen) profileColumns() int {
	if s.width >= profileThreeColumns {
		return 3
	}
	return 2
}

// profileHeight is how many lines the profile takes.
func (s *customerScreen) profileHeight() int { return len(s.profileGrid()) }

// profileRows draws the customer's fields in columns of at most
// profileColumnWidth cells, so that on a wide screen a label stands near
// what it labels.
func (s *customerScreen) profileRows(st *Styles, lc lifecycle.Lifecycle, now time.Time) []string {
	fields := s.profileFields(lc, now)
	cols := s.profileColumns()
	colW := max(min(s.width/cols, profileColumnWidth), 20)
	out := make([]string, 0, s.profileHeight())
	for _, row := range s.profileGrid() {
		line := ""
		for c, i := range row {
			if i < 0 {
				break
			}
			lead, cellW := "", colW
			if c == 0 {
				lead = " "
			}
			if c == cols-1 {
				cellW = s.width - c*colW
			}
			cell := st.Label.Render(lead+pad(fields[i][0], labelWidth)) + text.Fit(fields[i][1], cellW-len(lead)-labelWidth-1)
			if c < cols-1 {
				cell = pad(cell, cellW)
			}
			line += cell
		}
		out = append(out, line)
	}
	return out
}
