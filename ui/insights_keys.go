package ui

import (
	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"tend/ui/words"
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
		listKeys:    boardList(),
		NextSection: bind([]string{"tab"}, words.T("keys.name.tab"), words.T("keys.insights.section")),
		PrevSection: bind([]string{"shift+tab"}, words.T("keys.name.shift-tab"), words.T("keys.insights.previous-section")),
		Section:     bind([]string{"1", "2", "3", "4", "5"}, "1-5", words.T("keys.insights.section")),
		View:        bind([]string{"v"}, "v", words.T("keys.insights.view")),
		Period:      bind([]string{"p"}, "p", words.T("keys.insights.period")),
		Dates:       bind([]string{"d"}, "d", words.T("keys.insights.dates")),
		Owner:       bind([]string{"o"}, "o", words.T("keys.insights.owner")),
		Tag:         bind([]string{"t"}, "t", words.T("keys.insights.tag")),
		Clear:       bind([]string{"x"}, "x", words.T("keys.insights.clear")),
		Back:        toBoardKey(),
		Help:        helpKey(),
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

// insightsView is the insights on the stack. What it shows is the root
// model's insights, kept between visits: the section, the period and the
// filters.
type insightsView struct{ keys insightsKeys }

func (v *insightsView) keyMap() help.KeyMap { return v.keys }

func (v *insightsView) helpLine(sh *shared) string { return sh.shortHelp(v.keys) }

func (v *insightsView) body(m *Model) string { return m.insights.view(&m.styles, m.lc) }

func (v *insightsView) key(m *Model, msg tea.KeyPressMsg) tea.Cmd {
	k, s := v.keys, &m.insights
	if d, ok := k.step(msg, s.sectionHeight(), s.lineCount(&m.styles, m.lc)); ok {
		s.scrollBy(d, s.lineCount(&m.styles, m.lc))
		return nil
	}
	switch {
	case key.Matches(msg, k.Back):
		s.leave()
		m.pop()
	case key.Matches(msg, k.Help):
		m.openHelp()
	case key.Matches(msg, k.NextSection):
		s.showSection(s.section + 1)
	case key.Matches(msg, k.PrevSection):
		s.showSection(s.section - 1)
	case key.Matches(msg, k.Section):
		s.showSection(insightSection(msg.String()[0] - '1'))
	case key.Matches(msg, k.View):
		s.table, s.scroll = !s.table, 0
	default:
		return v.narrow(m, msg)
	}
	return nil
}

// narrow handles the keys that change what the figures count.
func (v *insightsView) narrow(m *Model, msg tea.KeyPressMsg) tea.Cmd {
	k, s := v.keys, &m.insights
	switch {
	case key.Matches(msg, k.Period):
		s.span = s.nextSpan()
		return m.recountPeriod()
	case key.Matches(msg, k.Dates):
		return m.openDatesForm()
	case key.Matches(msg, k.Owner):
		return choicesCmd(m.ctx, m.book, pickOwner)
	case key.Matches(msg, k.Tag):
		return choicesCmd(m.ctx, m.book, pickTag)
	case key.Matches(msg, k.Clear):
		return m.narrowInsights("", "")
	}
	return nil
}
