package data

import (
	"strconv"
	"strings"

	"tend/lifecycle"
)

// parseID reads a customer id.
func parseID(s string) (int64, error) {
	id, err := strconv.ParseInt(s, 10, 64)
	if err != nil || id <= 0 {
		return 0, lifecycle.Problemf(CodeNotCustomerID, lifecycle.Values{"Value": s},
			"%q is not a customer number (a whole number above 0)", s)
	}
	return id, nil
}

// splitTags reads the tags of one cell, separated by semicolons, or by
// commas when there is no semicolon.
func splitTags(s string) ([]string, error) {
	sep := ","
	if strings.Contains(s, ";") {
		sep = ";"
	}
	return lifecycle.NormalizeTags(strings.Split(s, sep)), nil
}

// yesNo are the ways spreadsheets say yes and no.
var yesNo = map[string]bool{
	"1": true, "true": true, "yes": true, "y": true, "ja": true, "j": true, "x": true, "wahr": true, "✓": true,
	"0": false, "false": false, "no": false, "n": false, "nein": false, "falsch": false, "-": false,
}

func parseYesNo(s string) (bool, error) {
	v, ok := yesNo[strings.ToLower(s)]
	if !ok {
		return false, lifecycle.Problemf(CodeNotYesNo, lifecycle.Values{"Value": s},
			"%q is neither yes nor no (use yes/no, ja/nein, true/false, 1/0 or x)", s)
	}
	return v, nil
}

// germanWords translates the German words for kinds, directions and
// sentiments of contacts that German files use.
var germanWords = map[string]string{
	"anruf": "call", "telefonat": "call", "telefon": "call", "e-mail": "email", "mail": "email",
	"termin": "meeting", "treffen": "meeting", "besuch": "meeting", "besprechung": "meeting",
	"nachricht": "message", "sms": "message", "chat": "message", "notiz": "note",
	"eingehend": "in", "ein": "in", "ausgehend": "out", "aus": "out",
	"positiv": "positive", "negativ": "negative",
}

// inGerman lets a parser of English words read their German ones too.
func inGerman[T any](parse func(string) (T, error)) func(string) (T, error) {
	return func(s string) (T, error) {
		if w, ok := germanWords[strings.ToLower(strings.TrimSpace(s))]; ok {
			s = w
		}
		return parse(s)
	}
}

// currencySigns are the currencies written as a sign.
var currencySigns = map[string]string{"€": "EUR", "$": "USD", "£": "GBP"}

// parseCurrency reads a three-letter code or a currency sign.
func parseCurrency(s string) (string, error) {
	if code, ok := currencySigns[s]; ok {
		return code, nil
	}
	code := strings.ToUpper(s)
	if len(code) != 3 || strings.Trim(code, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") != "" {
		return "", lifecycle.Problemf(CodeNotCurrency, lifecycle.Values{"Value": s},
			"%q is not a currency (a three-letter code like EUR, or €, $ or £)", s)
	}
	return code, nil
}

// currencyIn finds a currency written with an amount, or returns "".
func currencyIn(amount string) string {
	for sign, code := range currencySigns {
		if strings.Contains(amount, sign) {
			return code
		}
	}
	for _, word := range strings.Fields(amount) {
		if code, err := parseCurrency(word); err == nil && strings.ToUpper(word) == word {
			return code
		}
	}
	return ""
}

// allDigits tells whether s is a non-empty run of the digits 0 to 9.
func allDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}
