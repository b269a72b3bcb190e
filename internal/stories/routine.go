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
// both report a figure and share two thirds of the shorter one's words,
// figures aside ("CITY HOG PRICES UP 2 DLRS" on a Monday, "CITY HOG
// PRICES DOWN 1 DLR" on the Tuesday). Each day's issue is its own event;
// linked, a daily series chains into one story weeks long that tops the
// list by size alone. A running story under one slug ("Banker X:
// charged in fraud case", then "Banker X: appeal heard in fraud case")
// names its new step in words, not a figure, and other outlets' reports
// of an event are not held back by this.
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
	if shared == len(ha.plain) && shared == len(hb.plain) {
		return true
	}
	shorter := min(len(ha.plain), len(hb.plain))
	return ha.figure && hb.figure && 3*shared >= 2*shorter
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
