package demo

import (
	"strings"
	"testing"

	"tend/lifecycle"
)

// Every topic of a regular talk reads in German too: a missing one would
// leave a German customer's summary without its topic.
func TestEveryTalkTopicHasAGermanOne(t *testing.T) {
	lists := [][]string{positiveTopics, negativeTopics}
	for _, byKind := range []map[lifecycle.Kind][]string{prospectTopics, customerTopics} {
		for _, topics := range byKind {
			lists = append(lists, topics)
		}
	}
	for _, topics := range lists {
		for _, topic := range topics {
			if germanTopics[topic] == "" {
				t.Errorf("no German for the topic %q", topic)
			}
		}
	}
}

// demoMaker makes the customers of the default lifecycle with a seed.
func demoMaker(t *testing.T, seed int64) Maker {
	t.Helper()
	lc, err := lifecycle.Preset(lifecycle.DefaultPreset)
	if err != nil {
		t.Fatal(err)
	}
	g, err := NewMaker(seed, testNow, lc)
	if err != nil {
		t.Fatal(err)
	}
	return g
}

// A book's talks read as many different texts, German customers' in German
// and the others' in English, and the same seed words them the same.
func TestTalksAreWordedVariedlyInTheCustomersLanguage(t *testing.T) {
	g := demoMaker(t, 1)
	distinct := map[string]bool{}
	var contacts, german, english int
	for id := range int64(2000) {
		c := g.Customer(id + 1)
		again := g.Customer(id + 1)
		for i, talk := range c.History.Contacts {
			if talk.Summary != again.History.Contacts[i].Summary {
				t.Fatalf("customer %d: the same seed worded a talk %q and %q", id+1, talk.Summary, again.History.Contacts[i].Summary)
			}
			distinct[talk.Summary] = true
			contacts++
			german += strings.Count(talk.Summary, "nächster Schritt: ")
			english += strings.Count(talk.Summary, "next: ")
		}
	}
	if len(distinct) < contacts/2 {
		t.Errorf("%d contacts read as only %d different texts", contacts, len(distinct))
	}
	if german == 0 || english == 0 {
		t.Errorf("next steps: %d in German, %d in English; want both", german, english)
	}
	t.Logf("%d contacts, %d different summaries", contacts, len(distinct))
}

// The wording draws from its own source: a customer's story, the times,
// kinds and moods of their talks, is the same whatever the language.
func TestWordingLeavesTheStoryAsItIs(t *testing.T) {
	for id := range int64(500) {
		var told [2][]lifecycle.Contact
		for i, german := range []bool{false, true} {
			rng := newDemoSource(1, id)
			s := drawStory(rng, drawBuyer(rng), testNow)
			told[i] = contactsFor(rng, newWording(1, id, german), id, s, testNow)
		}
		if len(told[0]) != len(told[1]) {
			t.Fatalf("customer %d: %d talks in English, %d in German", id, len(told[0]), len(told[1]))
		}
		for i := range told[0] {
			a, b := told[0][i], told[1][i]
			a.Summary, b.Summary = "", ""
			if a != b {
				t.Fatalf("customer %d: talk %d differs beyond its words: %+v and %+v", id, i, a, b)
			}
		}
	}
}
