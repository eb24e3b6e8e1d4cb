package demo

import (
	"math/rand/v2"
	"strings"

	"tend/lifecycle"
)

// size is how large a customer's business is, judged by what it spends.
type size int

const (
	private size = iota // a person buying for themselves
	small               // a shop, practice or craft business
	medium
	large
)

// sizeFor sorts a customer by yearly spend in euros: below 2,000 mostly a
// private person, below 15,000 a small business, below 80,000 a medium one.
func sizeFor(rng *rand.Rand, yearly lifecycle.Money) size {
	switch euros := yearly.Float(); {
	case euros < 2_000 && chance(rng, 0.7):
		return private
	case euros < 15_000:
		return small
	case euros < 80_000:
		return medium
	}
	return large
}

// Company names are made from these patterns: {L} and {M} stand for
// surnames, {B} for a line of business and {W} for a made-up brand word.
var (
	germanCompanies = [...][]string{
		small: {"{L} & Partner", "Bäckerei {L}", "Autohaus {L}", "Tischlerei {L}", "Praxis Dr. {L}",
			"{L} {B} e.K.", "Gärtnerei {L}", "Kanzlei {L} & {M}"},
		medium: {"{L} GmbH", "{L} {B} GmbH", "{L} & {M} GmbH", "{L} {B} GmbH & Co. KG", "{W} {B} GmbH"},
		large:  {"{L} AG", "{W} {B} AG", "{L} Holding SE", "{W} Gruppe AG", "{L} & {M} AG"},
	}
	germanBusinesses = []string{"Bau", "Logistik", "Elektrotechnik", "Maschinenbau", "Medien", "Immobilien", "Druck",
		"Metallbau", "Software", "Haustechnik", "Feinkost", "Getränke", "Möbel", "Optik", "Reisen"}
	germanBrands = []string{"Nordlicht", "Alpen", "Rhein", "Elbe", "Spree", "Hanse", "Bergland", "Sonnenhof", "Isar",
		"Main", "Taunus", "Schwarzwald"}

	englishCompanies = [...][]string{
		small:  {"{L} & Sons", "{L} Bakery", "{L} Consulting", "{L} & Co.", "{L} Dental Practice", "{L} Joinery"},
		medium: {"{L} {B} Ltd", "{W} Ltd", "{W} {B} Ltd", "{L} & {M} LLP", "{L} {B} LLC"},
		large:  {"{W} Group plc", "{W} Holdings Inc.", "{W} {B} plc", "{L} & {M} Inc."},
	}
	englishBusinesses = []string{"Logistics", "Engineering", "Media", "Software", "Foods", "Print", "Construction",
		"Systems", "Trading", "Furniture", "Travel"}
	englishBrands = []string{"Northwind", "Blue Harbour", "Redwood", "Silverline", "Oakfield", "Brightwater",
		"Kingsbridge", "Greenfield", "Westbrook", "Highgate", "Ironbridge", "Stonegate"}
)

// companyName makes up the name of a business of the given size.
func companyName(rng *rand.Rand, s size, german bool) string {
	patterns, surnames, businesses, brands := englishCompanies, englishLastNames, englishBusinesses, englishBrands
	if german {
		patterns, surnames, businesses, brands = germanCompanies, germanLastNames, germanBusinesses, germanBrands
	}
	return strings.NewReplacer(
		"{L}", pick(rng, surnames), "{M}", pick(rng, surnames),
		"{B}", pick(rng, businesses), "{W}", pick(rng, brands),
	).Replace(pick(rng, patterns[s]))
}

// legalWords are left out of a company's mail domain.
var legalWords = map[string]bool{
	"gmbh": true, "ag": true, "se": true, "kg": true, "co": true, "ek": true, "dr": true,
	"ltd": true, "llp": true, "llc": true, "plc": true, "inc": true,
}

// mailDomain makes a company's mail domain from its name:
// "Müller Bau GmbH & Co. KG" gets mueller-bau.de.
func mailDomain(company, tld string) string {
	var words []string
	for _, w := range strings.Fields(company) {
		if f := ASCIIFold(w); f != "" && !legalWords[f] {
			words = append(words, f)
		}
	}
	return strings.Join(words, "-") + "." + tld
}
