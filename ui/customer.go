package ui

import (
	"context"
	"fmt"
	"strings"
	"time"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"tend/data"
	"tend/lifecycle"
)

// customerScreen shows one customer: the profile, the phase and how long
// they have been in it, and one timeline of contacts, purchases and moves,
// newest first.
type customerScreen struct {
	id       int64
	customer lifecycle.Customer
	events   []timelineEvent
	loaded   bool
	scroll   int // the first timeline line on screen
	width    int
	height   int
}

// customerLoadedMsg carries a customer and its history.
type customerLoadedMsg struct {
	customer lifecycle.Customer
	history  data.History
}

func loadCustomerCmd(ctx context.Context, b *data.Book, id int64) tea.Cmd {
	return func() tea.Msg {
		c, err := b.Customer(ctx, id)
		if err != nil {
			return readFailedMsg{err: fmt.Errorf("could not open the customer: %w", err)}
		}
		h, err := b.History(ctx, id)
		if err != nil {
			return readFailedMsg{err: fmt.Errorf("could not read the history of %s: %w", Clean(c.Name), err)}
		}
		return customerLoadedMsg{customer: c, history: h}
	}
}

func (s *customerScreen) setSize(w, h int) {
	s.width, s.height = w, h
	s.clampScroll()
}

// timelineHeight is how many timeline lines fit below the profile.
func (s *customerScreen) timelineHeight() int { return max(s.height-profileLines-2, 1) }

// profileLines is the height of the profile block.
const profileLines = 7

func (s *customerScreen) clampScroll() {
	s.scroll = min(max(s.scroll, 0), max(len(s.events)-s.timelineHeight(), 0))
}

// scrollBy moves the timeline by delta lines.
func (s *customerScreen) scrollBy(delta int) {
	s.scroll += delta
	s.clampScroll()
}

// view draws the screen, exactly width × height cells; on a narrow
// terminal the profile's second column is cut.
func (s *customerScreen) view(st *Styles, lc lifecycle.Lifecycle, now time.Time) string {
	if !s.loaded {
		return lipgloss.NewStyle().Width(s.width).Height(s.height).Render(st.Muted.Render(" loading…"))
	}
	lines := s.profile(st, lc, now)
	lines = append(lines, "", st.Column.Render(" Timeline")+st.Muted.Render(fmt.Sprintf("  %d events, newest first", len(s.events))))
	end := min(s.scroll+s.timelineHeight(), len(s.events))
	for _, e := range s.events[s.scroll:end] {
		lines = append(lines, s.eventLine(st, e))
	}
	if len(s.events) == 0 {
		lines = append(lines, st.Muted.Render("   nothing yet: c logs a contact"))
	}
	for len(lines) < s.height {
		lines = append(lines, "")
	}
	for i := range lines {
		lines[i] = pad(ansi.Truncate(lines[i], s.width, "…"), s.width)
	}
	return strings.Join(lines[:s.height], "\n")
}

// profile draws the customer's fields, profileLines lines.
func (s *customerScreen) profile(st *Styles, lc lifecycle.Lifecycle, now time.Time) []string {
	c := s.customer
	w := s.width
	title := st.Title.Render(" " + Fit(c.Name, w/2))
	if c.Company != "" {
		title += st.Muted.Render(" · " + Fit(c.Company, w/3))
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
	half := max(w/2, 20)
	row := func(l1, v1, l2, v2 string) string {
		return pad(st.Label.Render(" "+pad(l1, 13))+Fit(v1, half-15), half) + st.Label.Render(pad(l2, 13)) + Fit(v2, w-half-14)
	}
	days := int(now.Sub(c.PhaseSince).Hours() / 24)
	spend := fmt.Sprintf("%s in %d purchases", c.TotalSpend.Grouped(), c.Purchases)
	if c.Purchases == 1 {
		spend = c.TotalSpend.Grouped() + " in 1 purchase"
	}
	last := "never"
	if !c.LastContactAt.IsZero() {
		last = c.LastContactAt.Format("2006-01-02") + " · " + sinceContact(c.LastContactAt, now)
	}
	return []string{
		spread(title, strings.Join(marks, "  ")+" ", w),
		"",
		row("Phase", fmt.Sprintf("%s · %d days", phaseName(lc, c.Phase), days), "Value", c.Value.Grouped()+" a year"),
		row("E-mail", c.Email, "Phone", c.Phone),
		row("Owner", c.Owner, "Tags", strings.Join(c.Tags, ", ")),
		row("Spent", spend, "Last contact", last),
		row("Contacts", fmt.Sprint(c.Contacts), "Since", c.CreatedAt.Format("2006-01-02")),
	}
}
