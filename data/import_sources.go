package data

import (
	"slices"
	"strings"

	"tend/lifecycle"
)

// Source is a system whose exports an import knows by their header: the
// CRMs and address books people bring their customers from.
type Source string

// The systems an import reads the customer exports of.
const (
	SourceHubSpot    Source = "hubspot"
	SourcePipedrive  Source = "pipedrive"
	SourceSalesforce Source = "salesforce"
	SourceOdoo       Source = "odoo"
	SourceGoogle     Source = "google"
	SourceOutlook    Source = "outlook"
)

// Sources lists them in the order they are offered.
var Sources = []Source{SourceHubSpot, SourcePipedrive, SourceSalesforce, SourceOdoo, SourceGoogle, SourceOutlook}

// ParseSource reads the name of a system, as --from gives it.
func ParseSource(in string) (Source, error) {
	s := Source(strings.ToLower(strings.TrimSpace(in)))
	if slices.Contains(Sources, s) {
		return s, nil
	}
	return "", lifecycle.Problemf(CodeImportSource, lifecycle.Values{"Source": in, "Sources": sourceNames()},
		"unknown system %q (use %s)", in, strings.Join(sourceNames(), ", "))
}

func sourceNames() []string {
	names := make([]string, len(Sources))
	for i, s := range Sources {
		names[i] = string(s)
	}
	return names
}

// sourceStage is a stage as a system writes it, and the step it stands for.
type sourceStage struct {
	name string
	step stageStep
}

// fieldUnread marks a column of a system's export that tells the system
// apart but that no field of tend reads (a record id of the old system,
// a job title): it counts for finding the system and is left out.
const fieldUnread field = -1

// sourceColumn is a column of a system's export and the field it holds.
type sourceColumn struct {
	name  string
	field field
}

// importSource is what an import knows of a system's export: its columns in
// English and in German, as users' exports come in their own language, the
// stages it writes and the lifecycle step each stands for, and how it
// writes tags.
type importSource struct {
	name   Source
	en, de []sourceColumn
	stages []sourceStage
	// stagesInTags: the system has no stage column, but some of its labels
	// say how far a person is (Pipedrive's "Hot lead", "Customer").
	stagesInTags bool
	splitTags    func(string) ([]string, error) // nil: tend's own way

	// byKey is the columns by columnKey, the English one where both
	// languages name a column alike; enKeys and deKeys are the keys of
	// each language's. sourceTable files them once.
	byKey          map[string]sourceColumn
	enKeys, deKeys map[string]bool
}

// fileKeys files the source's columns by their keys.
func (s *importSource) fileKeys() *importSource {
	s.byKey = make(map[string]sourceColumn, len(s.en)+len(s.de))
	for _, c := range s.de {
		s.byKey[columnKey(c.name)] = c
	}
	for _, c := range s.en {
		s.byKey[columnKey(c.name)] = c
	}
	s.enKeys, s.deKeys = columnKeys(s.en), columnKeys(s.de)
	return s
}

// SourceChoice says which system an import took a file for, and why.
type SourceChoice struct {
	Source Source `json:"source"`          // "" when the file is none of them
	Forced bool   `json:"forced"`          // --from named it
	Score  int    `json:"matched_columns"` // how many of the file's columns are the system's own
	German bool   `json:"german"`          // the header is in German: dates with slashes read day first
}

// minSourceScore is how many columns of a system's own a header must have
// to be taken for its export: one could be a spreadsheet's own column.
const minSourceScore = 2

// chooseSource finds the system whose export the header is: the one most
// of whose own columns (those tend's generic names do not match) it has.
// A tie between two systems is refused, naming them, so that --from says
// which.
func chooseSource(header []string, forced Source) (*importSource, SourceChoice, error) {
	if forced != "" {
		src := sourceTable()[forced]
		score, german := src.score(header)
		return src, SourceChoice{Source: forced, Forced: true, Score: score, German: german}, nil
	}
	var best *importSource
	var choice SourceChoice
	var tied []string
	for _, name := range Sources {
		src := sourceTable()[name]
		score, german := src.score(header)
		switch {
		case score < minSourceScore || score < choice.Score:
		case score == choice.Score:
			tied = append(tied, string(name))
		default:
			best, choice, tied = src, SourceChoice{Source: name, Score: score, German: german}, []string{string(name)}
		}
	}
	if len(tied) > 1 {
		return nil, SourceChoice{}, lifecycle.Problemf(CodeSourceUnsure, lifecycle.Values{"Sources": tied, "Score": choice.Score},
			"the columns fit the exports of %s alike", strings.Join(tied, " and "))
	}
	return best, choice, nil
}

// score counts the header's columns that are the system's own, and says
// whether more of its columns are the German export's than the English
// one's.
func (s *importSource) score(header []string) (score int, german bool) {
	generic := fieldFinders()[Customers]
	en, de := s.enKeys, s.deKeys
	var inEnglish, inGerman int
	for _, h := range header {
		key := columnKey(h)
		if !en[key] && !de[key] {
			continue
		}
		if _, common := generic.byKey[key]; !common {
			score++
		}
		switch {
		case de[key] && !en[key]:
			inGerman++
		case en[key] && !de[key]:
			inEnglish++
		}
	}
	return score, inGerman > inEnglish
}

func columnKeys(cols []sourceColumn) map[string]bool {
	out := make(map[string]bool, len(cols))
	for _, c := range cols {
		out[columnKey(c.name)] = true
	}
	return out
}
