package demo

import (
	"math/rand/v2"

	"tend/lifecycle"
)

// region is where a customer sits. It decides the language of their names,
// their phone numbers and the ending of their company's mail domain.
type region struct {
	tag      string
	german   bool
	tld      string
	landline string // the number up to the subscriber's digits
	local    int    // how many digits follow
}

// The regions the demo book's customers come from. British and American
// numbers are from the ranges set aside for fiction, so they reach no one.
var (
	germanRegions = []region{
		{"Berlin", true, "de", "+49 30 ", 7}, {"Hamburg", true, "de", "+49 40 ", 7},
		{"Bayern", true, "de", "+49 89 ", 7}, {"NRW", true, "de", "+49 221 ", 7},
		{"Hessen", true, "de", "+49 69 ", 7}, {"Baden-Württemberg", true, "de", "+49 711 ", 7},
		{"Sachsen", true, "de", "+49 351 ", 7}, {"Niedersachsen", true, "de", "+49 511 ", 7},
	}
	englishRegions = []region{
		{"London", false, "co.uk", "+44 20 7946 0", 3}, {"Manchester", false, "co.uk", "+44 161 496 0", 3},
		{"Leeds", false, "co.uk", "+44 113 496 0", 3}, {"Scotland", false, "co.uk", "+44 131 496 0", 3},
		{"Boston", false, "com", "+1 617 555 01", 2}, {"Chicago", false, "com", "+1 312 555 01", 2},
	}
)

// germanShare is the part of the book that is German.
const germanShare = 0.6

// drawRegion picks a customer's region: in a German book always a German
// one, after the same draw as in another, so that the rest of the story
// draws as it would.
func drawRegion(rng *rand.Rand, germanBook bool) region {
	if chance(rng, germanShare) || germanBook {
		return pick(rng, germanRegions)
	}
	return pick(rng, englishRegions)
}

// mobile returns a mobile number of the region's country.
func (r region) mobile(rng *rand.Rand) string {
	switch {
	case r.german:
		return "+49 1" + pick(rng, []string{"51", "52", "60", "70", "71", "76"}) + " " + digits(rng, 7+rng.IntN(2))
	case r.tld == "co.uk":
		return "+44 7700 900" + digits(rng, 3)
	}
	return r.landline + digits(rng, r.local)
}

// phone returns mostly a desk number for a business and mostly a mobile
// for a person.
func (r region) phone(rng *rand.Rand, business bool) string {
	desk := 0.15
	if business {
		desk = 0.85
	}
	if chance(rng, desk) {
		return r.landline + digits(rng, r.local)
	}
	return r.mobile(rng)
}

// person is someone a customer book keeps in touch with.
type person struct{ first, last string }

func (p person) name() string { return p.first + " " + p.last }

var (
	germanFirstNames = []string{"Anna", "Lena", "Sophie", "Marie", "Hannah", "Jana", "Katrin", "Sabine", "Petra", "Ute",
		"Dörte", "Käthe", "Gisela", "Birgit", "Claudia", "Heike", "Jürgen", "Jörg", "Björn", "Sören", "Günter", "Uwe",
		"Stefan", "Thomas", "Michael", "Andreas", "Markus", "Tobias", "Lukas", "Jonas", "Felix", "Maximilian", "Jan",
		"Kai", "Frank", "Dieter", "Klaus", "Wolfgang", "Matthias", "Sebastian", "Julia", "Laura", "Sarah", "Lea", "Nina",
		"Franziska", "Susanne", "Monika", "Renate", "Ingrid", "Bärbel", "Jörn", "Hans", "Peter", "Karl", "Ralf", "Holger",
		"Bernd", "Florian", "Simon", "Moritz", "Niklas", "Till", "Malte", "Hendrik"}
	germanLastNames = []string{"Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz",
		"Hoffmann", "Schäfer", "Koch", "Bauer", "Richter", "Klein", "Wolf", "Schröder", "Neumann", "Schwarz", "Zimmermann",
		"Braun", "Krüger", "Hofmann", "Hartmann", "Lange", "Schmitt", "Werner", "Schmitz", "Krause", "Meier", "Lehmann",
		"Köhler", "Böhm", "Weiß", "Groß", "Jäger", "Günther", "Förster", "Vogel", "Fuchs", "Brandt", "Haas", "Kühn",
		"Pohl", "Engel", "Hahn", "Voß", "Löffler", "Dietrich", "Seidel", "Schuster", "Lorenz", "Baumann", "Franke",
		"Albrecht", "Schumacher", "Ludwig", "Böttcher", "Winkler", "Berger", "Kraus", "Roth", "Beck", "Lenz", "Sommer",
		"Graf", "Kaiser", "Peters", "Möller", "Keller", "Huber", "Mayer", "Herrmann", "König", "Walter", "Schulte",
		"Thiele", "Jung", "Hübner", "Ernst"}
	englishFirstNames = []string{"Oliver", "George", "Harry", "Jack", "Jacob", "Charlie", "Thomas", "James", "William",
		"Daniel", "Emily", "Olivia", "Amelia", "Isla", "Ava", "Jessica", "Lily", "Sophie", "Grace", "Chloe", "Michael",
		"David", "Sarah", "Laura", "Rachel", "Emma", "Matthew", "Andrew", "Hannah", "Ruth", "Noah", "Leo", "Arthur",
		"Henry", "Freddie", "Alfie", "Theo", "Oscar", "Archie", "Joshua", "Samuel", "Benjamin", "Ella", "Mia", "Poppy",
		"Freya", "Evie", "Florence", "Alice", "Rosie", "Charlotte", "Lucy", "Megan", "Katie", "Rebecca", "Peter", "Paul",
		"Mark", "Simon", "Helen"}
	englishLastNames = []string{"Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Robinson",
		"Wright", "Thompson", "Evans", "Walker", "White", "Roberts", "Green", "Hall", "Wood", "Jackson", "Clarke", "Hughes",
		"Edwards", "Turner", "Baker", "Harris", "Cooper", "King", "Lewis", "Morgan", "Carter", "O'Brien", "Murphy",
		"Kelly", "Bennett", "Fletcher", "Palmer", "Fisher", "Hunt", "Shaw", "Price", "Ward", "Hill", "Moore", "Clark",
		"Young", "Allen", "Scott", "Mitchell", "Phillips", "Campbell", "Anderson", "Stewart", "Bell", "Adams", "Mason",
		"Cox", "Richardson", "Collins", "Marshall", "Gray", "Ellis", "Kennedy", "Graham", "Reynolds", "Lloyd", "Barnes",
		"Knight", "Holmes", "Webb", "Hart", "Dixon", "Fox", "Gibson", "Foster", "Chapman", "Mills"}
)

func drawPerson(rng *rand.Rand, german bool) person {
	if german {
		return person{pick(rng, germanFirstNames), pick(rng, germanLastNames)}
	}
	return person{pick(rng, englishFirstNames), pick(rng, englishLastNames)}
}

// owners are the small team that looks after the book, the first ones
// with more customers than the others.
var (
	owners       = []string{"Anna", "Ben", "Clara", "David", "Ella", "Jonas"}
	ownerWeights = []float64{3, 3, 2, 2, 1, 1}
)

func drawOwner(rng *rand.Rand) string { return owners[pickWeighted(rng, ownerWeights)] }

// profile is who a customer is, apart from their history.
type profile struct {
	person  person
	company string // empty for a private customer
	email   string
	phone   string
	region  region
}

// drawProfile makes up a customer whose company is as large as what they
// spend in a year.
func drawProfile(rng *rand.Rand, yearly lifecycle.Money, germanBook bool) profile {
	r := drawRegion(rng, germanBook)
	p := profile{person: drawPerson(rng, r.german), region: r}
	size := sizeFor(rng, yearly)
	if size == private {
		p.email = privateEmail(rng, p.person)
		p.phone = r.phone(rng, false)
		return p
	}
	p.company = companyName(rng, size, r.german)
	p.email = businessEmail(rng, p.person, mailDomain(p.company, r.tld))
	p.phone = r.phone(rng, true)
	return p
}

// privateEmail is a person's own address, on the domains set aside for
// examples so that it reaches no one.
func privateEmail(rng *rand.Rand, p person) string {
	local := ASCIIFold(p.first) + "." + ASCIIFold(p.last)
	if chance(rng, 0.5) {
		local += digits(rng, 2)
	}
	return local + "@" + pick(rng, []string{"example.com", "example.org", "example.net"})
}

// businessEmail is an address at the person's company in one of the
// common forms.
func businessEmail(rng *rand.Rand, p person, domain string) string {
	first, last := ASCIIFold(p.first), ASCIIFold(p.last)
	local := first + "." + last
	switch pickWeighted(rng, []float64{7, 2, 1}) {
	case 1:
		local = first[:1] + "." + last
	case 2:
		local = first[:1] + last
	}
	return local + "@" + domain
}

// ASCIIFold spells a name in lower-case ASCII as mail addresses do:
// Müller becomes mueller, Weiß weiss, O'Brien obrien.
func ASCIIFold(s string) string {
	return lifecycle.FoldKeep(s, func(r rune) bool { return r >= 'a' && r <= 'z' || r >= '0' && r <= '9' })
}
