package extract

import "strconv"

// A wire story's dateline dates the news ("RIYADH, March 16 - ..."); a
// statement the article dates some days before it ("King Hal, in an
// interview on March 11, said ...") was made before the news and is no
// reaction to it.

// monthStart is the day of the year before each month's first day.
var monthStart = map[string]int{
	"january": 0, "jan": 0, "february": 31, "feb": 31, "march": 59, "mar": 59, "april": 90, "apr": 90,
	"may": 120, "june": 151, "jun": 151, "july": 181, "jul": 181, "august": 212, "aug": 212,
	"september": 243, "sept": 243, "sep": 243, "october": 273, "oct": 273, "november": 304, "nov": 304,
	"december": 334, "dec": 334,
}

// dayAt returns the day of the year of a month and day at toks[i] and
// toks[i+1] (the "." of "Jan." skipped), with the day's token, or -1.
func (an *analysis) dayAt(i int) (doy, dayTok int) {
	toks := an.toks
	m, ok := monthStart[toks[i].low]
	if !ok || !toks[i].cap {
		return -1, -1
	}
	j := i + 1
	if j < len(toks) && toks[j].low == "." {
		j++
	}
	if j >= len(toks) || toks[j].kind != tkNum {
		return -1, -1
	}
	d, err := strconv.Atoi(toks[j].low)
	if err != nil || d < 1 || d > 31 {
		return -1, -1
	}
	return m + d, j
}

// datelineDay is the day of the year of the dateline that opens the
// text: capitalised place words and commas, then a month and a day, then
// a dash or a parenthesis ("WASHINGTON, Jan. 5 (Reuters) -"); -1 when
// the text opens with none.
func (an *analysis) datelineDay() int {
	toks := an.toks
	for i := 0; i < len(toks) && i < 10; i++ {
		t := &toks[i]
		if doy, j := an.dayAt(i); doy >= 0 && i > 0 {
			if j+1 < len(toks) && (toks[j+1].low == "-" || toks[j+1].low == "—" || toks[j+1].low == "–" || toks[j+1].low == "(") {
				return doy
			}
			return -1
		}
		if t.kind == tkWord && t.cap || t.low == "," || t.low == "." {
			continue
		}
		return -1
	}
	return -1
}

// datedBefore reports a statement whose verb has an "on <month> <day>"
// close before or right after it ("in an interview on March 11, said",
// "said on March 11") at least two days and at most about half a year
// before the dateline's day.
func (an *analysis) datedBefore(st statement, dateline int) bool {
	if dateline < 0 || st.tok < 0 || st.tok >= len(an.toks) {
		return false
	}
	toks := an.toks
	sn := an.sents[toks[st.tok].sent]
	for i := max(sn.first+1, st.tok-15); i < sn.end && i <= st.tok+3; i++ {
		if toks[i].quote >= 0 || toks[i].kind == tkQuote || toks[i-1].low != "on" {
			continue
		}
		doy, _ := an.dayAt(i)
		if doy < 0 {
			continue
		}
		d := dateline - doy
		if d < 0 {
			d += 365
		}
		if d >= 2 && d <= 180 {
			return true
		}
	}
	return false
}
