package stories

import (
	"slices"
	"unicode"
)

// routineShared is the fewest headline words two reports of one outlet on
// different days must share to be one routine report filed twice.
const routineShared = 3

// routineRepeat reports whether a and b are two days' issues of one
// routine report: the same outlet, dated on different days, under
// headlines that share at least routineShared words and either are the
// same words ("CITY BANK ADDS FUNDS TO MONEY MARKET" each morning) or
// report different figures and share two thirds of the shorter one's
// words, figures aside ("CITY HOG PRICES UP 2 DLRS" on a Monday, "CITY
// HOG PRICES DOWN 1 DLR" on the Tuesday). Each day's issue is its own
// event, and the two are never put in one story: together, a daily
// series chains into one story weeks long that tops the list by size
// alone. A copy of one report filed again the next
// day (nearly the same title and lead) is no new issue, nor is a
// follow-up that repeats the figure ("X wins 12 mln dlr contract", then
// "X gets 12 mln dlr army contract"); a running story under one slug
// ("Banker X: charged in fraud case", then "Banker X: appeal heard in
// fraud case") names its new step in words, not a figure; and other
// outlets' reports of an event are not held back by this.
func routineRepeat(a *docInfo, ha headline, b *docInfo, hb headline) bool {
	if !otherIssue(a, b) {
		return false
	}
	shared := 0
	for _, w := range ha.plain {
		if _, ok := slices.BinarySearch(hb.plain, w); ok {
			shared++
		}
	}
	if shared < routineShared {
		return false
	}
	same := shared == len(ha.plain) && shared == len(hb.plain)
	shorter := min(len(ha.plain), len(hb.plain))
	newFigures := len(ha.figures) > 0 && len(hb.figures) > 0 && !sharesAny(ha.figures, hb.figures)
	if !same && !(newFigures && 3*shared >= 2*shorter) {
		return false
	}
	return !copies(a, b)
}

// copyShare is how much of each other's features two docs must share to
// be one report filed twice.
const copyShare = 0.9

// copies reports whether a and b have nearly the same features: one
// report with its lead filed again, where another issue of a routine
// report has new figures in its lead.
func copies(a, b *docInfo) bool {
	shared := 0
	i, j := 0, 0
	for i < len(a.vec) && j < len(b.vec) {
		switch {
		case a.vec[i].id < b.vec[j].id:
			i++
		case a.vec[i].id > b.vec[j].id:
			j++
		default:
			shared++
			i++
			j++
		}
	}
	n := max(len(a.vec), len(b.vec))
	return n > 0 && float64(shared) >= copyShare*float64(n)
}

// sharesAny reports whether two sorted lists have an element in common.
func sharesAny(a, b []string) bool {
	for _, x := range a {
		if _, ok := slices.BinarySearch(b, x); ok {
			return true
		}
	}
	return false
}

// figures returns the numbers written in s ("2", "1.50", "450,000"),
// sorted and unique.
func figures(s string) []string {
	var out []string
	for i := 0; i < len(s); {
		if s[i] < '0' || s[i] > '9' {
			i++
			continue
		}
		j := i
		for j < len(s) && (s[j] >= '0' && s[j] <= '9' || (s[j] == '.' || s[j] == ',') && j+1 < len(s) && s[j+1] >= '0' && s[j+1] <= '9') {
			j++
		}
		if f := s[i:j]; !slices.Contains(out, f) {
			out = append(out, f)
		}
		i = j
	}
	slices.Sort(out)
	return out
}

// otherIssue reports whether a and b could be two issues of one routine
// report: the same known outlet on different days.
func otherIssue(a, b *docInfo) bool {
	return a.source != "" && a.source == b.source && a.dated && b.dated && a.day != b.day
}

// hasDigit reports whether s has a digit: the figures that change from
// one issue of a routine report to the next.
func hasDigit(s string) bool {
	for _, r := range s {
		if unicode.IsDigit(r) {
			return true
		}
	}
	return false
}
