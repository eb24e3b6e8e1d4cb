package demo

import (
	"slices"
	"strings"
	"testing"
)

// Every summary the demo writes whole reads in German too.
func TestEverySummaryWrittenWholeHasAGermanOne(t *testing.T) {
	lists := [][]string{orderTopics, firstTopics, {firstOrderNote, leaveMeAlone}, checkInFine, checkInUnanswered,
		checkInUnhappy, closedLeadTopics, WinBackTopics}
	for _, list := range lists {
		for _, s := range list {
			if germanSummaries[s] == "" {
				t.Errorf("no German for the summary %q", s)
			}
		}
	}
}

// A German book's customers are German people and companies, and what
// the book says of them, their contacts' summaries and their purchases'
// notes, is German: no summary reads as an English one, and the same
// seed makes the same book.
func TestAGermanBookIsWrittenInGerman(t *testing.T) {
	g := demoMaker(t, 1).InGerman()
	english := englishSummaries()
	var contacts, companies int
	for id := range int64(2000) {
		c, again := g.Customer(id+1), g.Customer(id+1)
		first, _, _ := strings.Cut(c.Name, " ")
		if !slices.Contains(germanFirstNames, first) {
			t.Errorf("customer %d: %q is not a German name", id+1, c.Name)
		}
		if c.Company != "" {
			companies++
		}
		for i, x := range c.History.Contacts {
			contacts++
			if x.Summary != again.History.Contacts[i].Summary {
				t.Fatalf("customer %d: the same seed wrote %q and %q", id+1, x.Summary, again.History.Contacts[i].Summary)
			}
			if english[x.Summary] || strings.Contains(x.Summary, "next: ") || strings.Contains(x.Summary, "concern: ") {
				t.Errorf("customer %d: a summary in English: %q", id+1, x.Summary)
			}
		}
		for _, p := range c.History.Purchases {
			if !strings.HasPrefix(p.Note, germanInvoice) {
				t.Errorf("customer %d: a purchase's note in English: %q", id+1, p.Note)
			}
		}
		if slices.ContainsFunc(englishRegions, func(r region) bool { return slices.Contains(c.Tags, r.tag) }) {
			t.Errorf("customer %d of a German book is tagged %v", id+1, c.Tags)
		}
	}
	if contacts == 0 || companies == 0 {
		t.Fatalf("%d contacts, %d companies", contacts, companies)
	}
}

// englishSummaries are the English summaries the demo writes whole and
// the topics of its talks.
func englishSummaries() map[string]bool {
	english := map[string]bool{}
	for s := range germanSummaries {
		english[s] = true
	}
	for s := range germanTopics {
		english[s] = true
	}
	return english
}
