package lifecycle

import "strings"

// Nearest returns the choice nearest to a word mistyped, case aside: the
// one fewest letters away (added, dropped or changed), if it is at most a
// third of the word's length away; false when none is that near.
func Nearest(word string, choices []string) (string, bool) {
	w := []rune(strings.ToLower(word))
	best, bestDist := "", len(w)/3+1
	for _, c := range choices {
		if d := editDistance(w, []rune(strings.ToLower(c))); d < bestDist {
			best, bestDist = c, d
		}
	}
	return best, best != ""
}

// editDistance is the Levenshtein distance of a and b.
func editDistance(a, b []rune) int {
	prev := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := range a {
		cur := make([]int, len(b)+1)
		cur[0] = i + 1
		for j := range b {
			cost := 1
			if a[i] == b[j] {
				cost = 0
			}
			cur[j+1] = min(prev[j+1]+1, cur[j]+1, prev[j]+cost)
		}
		prev = cur
	}
	return prev[len(b)]
}
