package cli

import (
	"encoding/json"
	"errors"
	"io/fs"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

// cdnowSample is the 1/10 sample of the CDNOW data set, which sits beside
// the repository.
var cdnowSample = filepath.Join("..", "..", "..", "shared", "data", "cdnow", "CDNOW_sample.txt")

func needCDNOW(t *testing.T) {
	t.Helper()
	if _, err := os.Stat(cdnowSample); errors.Is(err, fs.ErrNotExist) {
		t.Skipf("the CDNOW sample is not at %s; the shared data belongs beside the repository", cdnowSample)
	}
}

// fitted is fit --json as the tests read it.
type fitted struct {
	BGNBD *struct {
		R, Alpha, A, B float64
		LogLikelihood  float64 `json:"log_likelihood"`
		Customers      int
		TimeUnit       string `json:"time_unit"`
	} `json:"bgnbd"`
	BGNBDError string `json:"bgnbd_error"`
	GammaGamma *struct {
		P, Q, V   float64
		Customers int
	} `json:"gamma_gamma"`
	GammaGammaError string `json:"gamma_gamma_error"`
}

func parseFit(t *testing.T, out string) fitted {
	t.Helper()
	var f fitted
	decodeJSON(t, out, &f)
	return f
}

// decodeJSON reads the JSON value out starts with; in-process, a failed
// command prints its usage after it.
func decodeJSON(t *testing.T, out string, v any) {
	t.Helper()
	if err := json.NewDecoder(strings.NewReader(out)).Decode(v); err != nil {
		t.Fatalf("fit --json printed %q: %v", out, err)
	}
}

// checkCDNOWFit compares fit --json on the CDNOW sample as of 1997-09-30
// with the published estimates, to as many decimals as they are printed.
func checkCDNOWFit(t *testing.T, out string) {
	t.Helper()
	f := parseFit(t, out)
	if f.BGNBD == nil || f.GammaGamma == nil {
		t.Fatalf("a model was not fitted: %q; %q", f.BGNBDError, f.GammaGammaError)
	}
	bg, gg := f.BGNBD, f.GammaGamma
	figures := []struct {
		name      string
		got, want float64
		decimals  int
	}{
		{"r", bg.R, 0.243, 3}, {"alpha", bg.Alpha, 4.414, 3}, {"a", bg.A, 0.793, 3}, {"b", bg.B, 2.426, 3},
		{"log_likelihood", bg.LogLikelihood, -9582.4, 1},
		{"p", gg.P, 6.25, 2}, {"q", gg.Q, 3.74, 2}, {"v", gg.V, 15.44, 2},
	}
	for _, x := range figures {
		if math.Abs(x.got-x.want) > 0.5*math.Pow10(-x.decimals) {
			t.Errorf("%s = %.6f, the paper has %.*f", x.name, x.got, x.decimals, x.want)
		}
	}
	if bg.Customers != 2357 || bg.TimeUnit != "week" || gg.Customers != 946 {
		t.Errorf("BG/NBD on %d customers in %q, Gamma-Gamma on %d; want 2357 in weeks and 946", bg.Customers, bg.TimeUnit, gg.Customers)
	}
}

func TestFitReproducesCDNOWThroughTheBook(t *testing.T) {
	needCDNOW(t)
	db := tempBook(t)
	mustTend(t, db, "import", "purchases", cdnowSample, "--create-missing")
	checkCDNOWFit(t, mustTend(t, db, "fit", "--as-of", "1997-09-30", "--json"))
	text := mustTend(t, db, "fit", "--as-of", "30.09.1997")
	for _, want := range []string{
		"Purchase models as of 1997-09-30: 2,357 customers",
		"Repeat buying (BG/NBD): fitted to 2,357 customers, converged",
		"  r               0.2426     how often customers buy",
		"  log-likelihood  -9582.4\n",
		"An average customer makes 0.89 purchases in the next 52 weeks",
		"Spend per purchase (Gamma-Gamma): fitted to 946 repeat buyers in USD, converged",
		"  v               15.44      v in USD",
		"An average purchase is worth 35.17 USD.",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("fit lacks %q:\n%s", want, text)
		}
	}
}

// TestFitInTheMachinesTimeZone runs the program with local time zones
// west and east of UTC: the dates of the import and the as-of day are read
// there, and the estimates must not move.
func TestFitInTheMachinesTimeZone(t *testing.T) {
	needCDNOW(t)
	for _, zone := range []string{"America/Los_Angeles", "Europe/Berlin"} {
		t.Run(zone, func(t *testing.T) {
			db := tempBook(t)
			env := []string{"TZ=" + zone}
			if _, errOut, code := runBinary(t, env, "--db", db, "import", "purchases", cdnowSample, "--create-missing"); code != 0 {
				t.Fatalf("import: exit %d: %s", code, errOut)
			}
			out, errOut, code := runBinary(t, env, "--db", db, "fit", "--as-of", "1997-09-30", "--json")
			if code != 0 {
				t.Fatalf("fit: exit %d: %s", code, errOut)
			}
			checkCDNOWFit(t, out)
		})
	}
}

// TestFitJSONHasTheDocumentedShape checks the keys of fit --json, both
// with the models fitted and without.
func TestFitJSONHasTheDocumentedShape(t *testing.T) {
	db := emptyBook(t)
	out, _, err := execTend(t, db, "fit", "--json")
	if err == nil {
		t.Error("fit --json on an empty book succeeded")
	}
	checkKeys(t, out, "", "bgnbd", "bgnbd_error", "gamma_gamma", "gamma_gamma_error")
	if f := parseFit(t, out); f.BGNBD != nil || f.GammaGamma != nil || !strings.HasPrefix(f.BGNBDError, "the book has no purchases") {
		t.Errorf("fit --json on an empty book = %+v", f)
	}
	mustTend(t, db, "demo", "--customers", "200")
	out = mustTend(t, db, "fit", "--json")
	checkKeys(t, out, "", "bgnbd", "gamma_gamma")
	checkKeys(t, out, "bgnbd", "a", "alpha", "b", "customers", "log_likelihood", "r", "time_unit")
	checkKeys(t, out, "gamma_gamma", "customers", "p", "q", "v")
}

// checkKeys wants the object at key of the JSON (the whole of it for "")
// to have these keys and no others, sorted.
func checkKeys(t *testing.T, out, key string, want ...string) {
	t.Helper()
	var obj map[string]json.RawMessage
	decodeJSON(t, out, &obj)
	if key != "" {
		var inner map[string]json.RawMessage
		if err := json.Unmarshal(obj[key], &inner); err != nil || inner == nil {
			t.Fatalf("%s of %s is not an object: %v", key, out, err)
		}
		obj = inner
	}
	var got []string
	for k := range obj {
		got = append(got, k)
	}
	if slices.Sort(got); !slices.Equal(got, want) {
		t.Errorf("keys of %q = %q, want %q", key, got, want)
	}
}

func TestFitSaysWhyItCannotFit(t *testing.T) {
	today := time.Now().Format(time.DateOnly)
	db := tempBook(t)
	mustTend(t, db, "add", "Ada")
	mustTend(t, db, "buy", "ada", "10", "--at", "2024-03-01")
	mustTend(t, db, "buy", "ada", "20", "--at", "2024-04-01")
	cases := []struct {
		args []string
		want string
	}{
		{[]string{"fit"}, "cannot fit the purchase models: the book has purchases from only 1 customer on or before " + today +
			"; a purchase model needs at least 10"},
		{[]string{"fit", "--as-of", "2024-02-29"}, "cannot fit the purchase models: the book has no purchases on or before 2024-02-29"},
		{[]string{"fit", "--as-of", "someday"}, `--as-of: "someday" is not a date`},
	}
	for _, c := range cases {
		if _, _, err := execTend(t, db, c.args...); err == nil || !strings.HasPrefix(err.Error(), c.want) {
			t.Errorf("tend %v = %v, want an error %q", c.args, err, c.want)
		}
	}
	empty := emptyBook(t)
	out, errOut, code := runBinary(t, nil, "--db", empty, "fit")
	want := "tend: cannot fit the purchase models: the book has no purchases on or before " + today + "\n"
	if code == 0 || errOut != want || out != "" {
		t.Errorf("fit on an empty book: exit %d, stdout %q, stderr %q; want a non-zero exit and %q", code, out, errOut, want)
	}
}
