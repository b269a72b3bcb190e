package corpus

import (
	"regexp"
	"strconv"
	"strings"
	"time"
)

// dateLayouts are tried in order on a normalised date string.
var dateLayouts = []string{
	time.RFC3339Nano,
	"2006-01-02T15:04:05Z0700",
	"2006-01-02T15:04:05",
	"2006-01-02T15:04Z07:00",
	"2006-01-02T15:04",
	"2006-01-02 15:04:05Z07:00",
	"2006-01-02 15:04:05 -0700",
	"2006-01-02 15:04:05 MST",
	"2006-01-02 15:04:05",
	"2006-01-02 15:04",
	"2006-01-02",
	"2006/01/02 15:04:05",
	"2006/01/02",
	"20060102",
	"02 Jan 2006 15:04:05 MST",
	"02 Jan 2006 15:04:05 -0700",
	"02 Jan 2006 15:04 MST",
	"02 Jan 2006 15:04",
	"2 Jan 2006",
	"2 January 2006",
	"Jan 2 2006 15:04:05",
	"Jan 2 2006 3:04 PM",
	"Jan 2 2006 3:04PM",
	"Jan 2 2006 3:04 PM MST",
	"Jan 2 2006",
	"January 2 2006 3:04 PM",
	"January 2 2006 15:04",
	"January 2 2006",
	"January 2006",
	"Jan 2006",
}

var (
	weekday  = regexp.MustCompile(`(?i)^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?\s+`)
	ordinal  = regexp.MustCompile(`(?i)\b(\d{1,2})(?:st|nd|rd|th)\b`)
	monthDot = regexp.MustCompile(`(?i)\b(jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.`)
	numeric  = regexp.MustCompile(`^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$`)
	spaces   = regexp.MustCompile(`\s+`)
	atWord   = regexp.MustCompile(`(?i)\s+at\s+`)
)

// ParseDate parses the common ways news data write a date: ISO 8601 with
// or without time and zone, "2017-03-02 10:00:00", "March 2, 2017",
// "Mar. 2, 2017", "2 March 2017", RFC 1123 ("Thu, 02 Mar 2017 10:00:00
// GMT") and "2017/03/02". A day/month order it cannot tell ("2/3/2017")
// is refused; "13/3/2017" and "3/13/2017" are not ambiguous and parse.
func ParseDate(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > 64 {
		return time.Time{}, false
	}
	// The forms of most data sets, before any rewriting.
	for _, layout := range dateLayouts[:3] {
		if t, err := time.Parse(layout, s); err == nil {
			return t, true
		}
	}
	if t, err := time.Parse("2006-01-02", s); err == nil {
		return t, true
	}
	if m := numeric.FindStringSubmatch(s); m != nil {
		return parseNumeric(m[1], m[2], m[3])
	}
	s = weekday.ReplaceAllString(s, "")
	s = ordinal.ReplaceAllString(s, "$1")
	s = monthDot.ReplaceAllString(s, "$1")
	s = strings.ReplaceAll(s, ",", " ")
	s = atWord.ReplaceAllString(s, " ")
	s = spaces.ReplaceAllString(strings.TrimSpace(s), " ")
	s = strings.Replace(s, "Sept ", "Sep ", 1)
	s = strings.Replace(s, "sept ", "sep ", 1)
	s = strings.Replace(s, " UTC", " GMT", 1)
	s = strings.Replace(s, "a.m.", "AM", 1)
	s = strings.Replace(s, "p.m.", "PM", 1)
	for _, layout := range dateLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			return t, true
		}
	}
	// Month names in any case: time.Parse wants "Mar" or "March".
	if t, ok := parseTitled(s); ok {
		return t, true
	}
	return time.Time{}, false
}

// parseTitled retries with month names spelt as time.Parse wants them
// ("MARCH 2 2017", "2 mar 2017").
func parseTitled(s string) (time.Time, bool) {
	words := strings.Fields(s)
	changed := false
	for i, w := range words {
		lw := strings.ToLower(w)
		for m := time.January; m <= time.December; m++ {
			full := m.String()
			if lw == strings.ToLower(full) || lw == strings.ToLower(full[:3]) {
				if w != full && w != full[:3] {
					words[i] = full[:len(w)]
					changed = true
				}
				break
			}
		}
	}
	if !changed {
		return time.Time{}, false
	}
	s = strings.Join(words, " ")
	for _, layout := range dateLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}

// parseNumeric reads a/b/yyyy when the order of day and month is clear.
func parseNumeric(a, b, year string) (time.Time, bool) {
	x, _ := strconv.Atoi(a)
	y, _ := strconv.Atoi(b)
	yy, _ := strconv.Atoi(year)
	var day, month int
	switch {
	case x == y:
		day, month = x, y
	case x > 12 && y <= 12:
		day, month = x, y
	case y > 12 && x <= 12:
		month, day = x, y
	default:
		return time.Time{}, false // 2/3/2017: February 3 or 2 March?
	}
	if month < 1 || month > 12 || day < 1 || day > 31 {
		return time.Time{}, false
	}
	t := time.Date(yy, time.Month(month), day, 0, 0, 0, 0, time.UTC)
	if t.Day() != day {
		return time.Time{}, false // 31/2/2017 rolled over
	}
	return t, true
}
