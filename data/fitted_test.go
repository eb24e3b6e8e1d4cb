package data

import (
	"encoding/json"
	"math"
	"testing"

	"tend/lifecycle"
)

func TestAModelThatIsNotANumberIsStoredAsNotFitted(t *testing.T) {
	var m Models
	m.BGNBD.BGNBD = lifecycle.BGNBD{R: math.NaN(), Alpha: 1, A: 1, B: 1}
	m.GammaGamma.GammaGamma = lifecycle.GammaGamma{P: 1, Q: 2, Gamma: 3}
	f := fitOf(m, nil, 10)
	if f.BGNBD != nil || f.GammaGamma == nil {
		t.Errorf("stored BG/NBD %v and Gamma-Gamma %v; want only the finite one", f.BGNBD, f.GammaGamma)
	}
	if _, err := json.Marshal(f); err != nil {
		t.Errorf("the fit cannot be stored: %v", err)
	}
}
