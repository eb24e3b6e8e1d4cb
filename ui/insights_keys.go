package ui

import (
	"context"
	"fmt"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"tend/data"
)

// insightsKeys are the keys of the insights screen. g and G scroll as in
// every list, so the tag filter is t.
type insightsKeys struct {
	listKeys
	NextSection, PrevSection, Section, View key.Binding
	Period, Dates, Owner, Tag, Clear        key.Binding
	Back, Help                              key.Binding
}

func newInsightsKeys() insightsKeys {
	return insightsKeys{
		listKeys:    newListKeys(),
		NextSection: bind([]string{"tab"}, "tab", "section"),
		PrevSection: bind([]string{"shift+tab"}, "⇧tab", "previous section"),
		Section:     bind([]string{"1", "2", "3", "4", "5"}, "1-5", "section"),
		View:        bind([]string{"v"}, "v", "chart/table"),
		Period:      bind([]string{"p"}, "p", "period"),
		Dates:       bind([]string{"d"}, "d", "from–to dates"),
		Owner:       bind([]string{"o"}, "o", "owner"),
		Tag:         bind([]string{"t"}, "t", "tag"),
		Clear:       bind([]string{"x"}, "x", "clear filters"),
		Back:        bind([]string{"esc", "q"}, "esc", "board"),
		Help:        bind([]string{"?"}, "?", "help"),
	}
}

func (k insightsKeys) ShortHelp() []key.Binding {
	return []key.Binding{k.NextSection, k.View, k.Period, k.Owner, k.Tag, k.Back, k.Help}
}

func (k insightsKeys) FullHelp() [][]key.Binding {
	return [][]key.Binding{
		k.all(),
		{k.NextSection, k.PrevSection, k.Section, k.View},
		{k.Period, k.Dates, k.Owner, k.Tag, k.Clear, k.Back, k.Help},
	}
}

// openInsights shows the insights, read anew.
func (m *Model) openInsights() tea.Cmd {
	m.screen = screenInsights
	m.insights.setSize(m.width, m.bodyHeight())
	return m.readInsights()
}

// insightsOpen reports whether the insights are shown or wait under an
// overlay.
func (m *Model) insightsOpen() bool {
	return m.screen == screenInsights || m.screen == screenInsightsDates || m.back == screenInsights
}

func (m Model) insightsKey(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	k, s := m.ikeys, &m.insights
	if d, ok := k.step(msg, s.sectionHeight(), s.lineCount(&m.styles, m.lc)); ok {
		s.scrollBy(d, s.lineCount(&m.styles, m.lc))
		return m, nil
	}
	switch {
	case key.Matches(msg, k.Back):
		s.leave()
		m.screen = screenBoard
	case key.Matches(msg, k.Help):
		m.back, m.screen = m.screen, screenHelp
	case key.Matches(msg, k.NextSection):
		s.showSection(s.section + 1)
	case key.Matches(msg, k.PrevSection):
		s.showSection(s.section - 1)
	case key.Matches(msg, k.Section):
		s.showSection(insightSection(msg.String()[0] - '1'))
	case key.Matches(msg, k.View):
		s.table, s.scroll = !s.table, 0
	case key.Matches(msg, k.Period):
		s.span = s.nextSpan()
		return m, m.recountPeriod()
	case key.Matches(msg, k.Dates):
		return m, m.openDatesForm()
	case key.Matches(msg, k.Owner):
		return m, choicesCmd(m.ctx, m.book, pickOwner)
	case key.Matches(msg, k.Tag):
		return m, choicesCmd(m.ctx, m.book, pickTag)
	case key.Matches(msg, k.Clear):
		return m, m.narrowInsights("", "")
	}
	return m, nil
}

// narrowInsights counts the customers of an owner and with a tag ("" for
// any), read anew if that changes what is counted.
func (m *Model) narrowInsights(owner, tag string) tea.Cmd {
	s := &m.insights
	if owner == s.owner && tag == s.tag {
		return nil
	}
	s.owner, s.tag = owner, tag
	return m.readInsights()
}

// insightsChoicesMsg carries the owners or tags to pick from.
type insightsChoicesMsg struct {
	purpose pickPurpose
	values  []string
}

// choicesCmd reads the book's owners or tags for the filter picker.
func choicesCmd(ctx context.Context, b *data.Book, purpose pickPurpose) tea.Cmd {
	what, read := "owners", b.Owners
	if purpose == pickTag {
		what, read = "tags", b.Tags
	}
	return func() tea.Msg {
		values, err := read(ctx)
		if err != nil {
			return readFailedMsg{err: fmt.Errorf("could not read the %s of the book: %w", what, err)}
		}
		return insightsChoicesMsg{purpose, values}
	}
}

// pickChoice opens the picker on the owners or tags that came back, while
// the insights are still in front.
func (m *Model) pickChoice(msg insightsChoicesMsg) tea.Cmd {
	if m.screen != screenInsights {
		return nil
	}
	title, now, none := "Count the customers of", m.insights.owner, "No customer on the book has an owner"
	if msg.purpose == pickTag {
		title, now, none = "Count the customers tagged", m.insights.tag, "No customer on the book has a tag"
	}
	if len(msg.values) == 0 {
		return m.status.set(none, false)
	}
	m.picker = newFilterPicker(msg.purpose, title, msg.values, now)
	m.back, m.screen = m.screen, screenPicker
	return nil
}
