package data

import (
	"bufio"
	"io"
	"strings"
	"time"

	"tend/lifecycle"
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

var errNotCDNOW = lifecycle.Problemf(CodeNotCDNOW, nil,
	"does not have the CDNOW columns (customer id, date as YYYYMMDD, number of CDs, amount)")

// readCDNOW reads text in the CDNOW layout, whose start head is, with
// lines lines. The layout is recognised by its first data line (see
// cdnowHeadOf): four or five fields separated by blanks, with a YYYYMMDD
// date third from the end.
func readCDNOW(text io.Reader, head string, lines int) *table {
	start, _ := cdnowHeadOf(head)
	return &table{separator: "blanks (the CDNOW layout)", header: cdnowHeader, most: lines,
		rows: func(yield func(tableRow, *RowError) bool) {
			in := bufio.NewScanner(text)
			in.Buffer(nil, lifecycle.MaxImportLine+1)
			for n := 1; in.Scan(); n++ {
				if n < start {
					continue
				}
				if row, bad, ok := cdnowRow(n, in.Text()); ok && !yield(row, bad) {
					return
				}
			}
			if err := in.Err(); err != nil {
				yield(tableRow{}, &RowError{Err: err})
			}
		}}
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
