package data

import (
	"errors"
	"strings"
	"time"
)

// The CDNOW layout is the purchase log of the CDNOW data set that the
// literature on repeat buying uses: whitespace-separated columns customer
// id, (in the 1/10 sample a second, sample id), date as YYYYMMDD, number of
// CDs and amount in US dollars, with or without a header line.

// cdnowHeader names the columns of the table readCDNOW builds, in words the
// column matching knows.
var cdnowHeader = []string{"customer", "date", "number_of_cds", "dollar_value", "currency"}

// cdnowNamePrefix makes a CDNOW customer id into a customer's name, so that
// the same customer is found again by any later import of the data set.
const cdnowNamePrefix = "CDNOW "

var errNotCDNOW = errors.New("does not have the CDNOW columns (customer id, date as YYYYMMDD, number of CDs, amount)")

// readCDNOW reads text in the CDNOW layout, or reports that it is not in it.
// The layout is recognised by its first data line: four or five fields
// separated by blanks, with a YYYYMMDD date third from the end.
func readCDNOW(text string) (*table, bool) {
	first, rest, _ := strings.Cut(text, "\n")
	if strings.ContainsAny(first, ",;\t") {
		return nil, false
	}
	start := 1
	if !isCDNOWRow(strings.Fields(first)) {
		second, _, _ := strings.Cut(rest, "\n")
		if !isCDNOWRow(strings.Fields(second)) {
			return nil, false
		}
		start = 2
	}
	lines := strings.Split(text, "\n")
	return &table{separator: "blanks (the CDNOW layout)", header: cdnowHeader, most: len(lines),
		rows: func(yield func(tableRow, *RowError) bool) {
			for i, line := range lines[start-1:] {
				if row, bad, ok := cdnowRow(start+i, line); ok && !yield(row, bad) {
					return
				}
			}
		}}, true
}

// cdnowRow reads the line with the number n as a row of the CDNOW layout,
// or says why it is not one; a blank line is no row.
func cdnowRow(n int, line string) (row tableRow, bad *RowError, ok bool) {
	fields := strings.Fields(line)
	switch {
	case len(fields) == 0:
		return row, nil, false
	case !isCDNOWRow(fields):
		return row, &RowError{Line: n, Err: errNotCDNOW}, true
	}
	k := len(fields)
	return tableRow{line: n, cells: []string{cdnowNamePrefix + fields[0], fields[k-3], fields[k-2], fields[k-1], "USD"}}, nil, true
}

// isCDNOWRow tells whether the fields of a line are a CDNOW purchase: ids
// and a count of digits, a YYYYMMDD date and an amount.
func isCDNOWRow(fields []string) bool {
	n := len(fields)
	if n != 4 && n != 5 {
		return false
	}
	for _, f := range append(fields[:n-3:n-3], fields[n-2]) {
		if !allDigits(f) {
			return false
		}
	}
	if _, err := time.Parse("20060102", fields[n-3]); err != nil || len(fields[n-3]) != 8 {
		return false
	}
	return strings.Trim(fields[n-1], "0123456789.") == "" && fields[n-1] != "."
}
