package corpus

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Page furniture is recognised by shape, not by a list of known lines:
// scrapers join a page's widgets, link lists and story text with runs of
// spaces, and prompts have a recognisable wording.

// widgetWords are the words share and comment widgets are made of; a page
// fragment made only of them (and counts) is furniture.
var widgetWords = map[string]bool{
	"share": true, "shares": true, "shared": true, "tweet": true, "tweets": true,
	"email": true, "print": true, "comment": true, "comments": true, "save": true,
	"facebook": true, "twitter": true, "linkedin": true, "pinterest": true,
	"reddit": true, "whatsapp": true, "flipboard": true, "pin": true, "it": true,
	"this": true, "on": true, "article": true, "story": true, "advertisement": true,
	"sponsored": true, "ad": true, "link": true, "copy": true, "via": true,
}

// isWidget reports whether a fragment is only widget words and numbers,
// with at least one of the telling ones.
func isWidget(s string) bool {
	if len(s) > 60 {
		return false
	}
	words := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
	if len(words) == 0 || len(words) > 6 {
		return false
	}
	telling := false
	for _, w := range words {
		if strings.Trim(w, "0123456789k") == "" {
			continue // counts such as 12 or 1.2k
		}
		if !widgetWords[w] {
			return false
		}
		switch w {
		case "share", "shares", "tweet", "comments", "advertisement", "sponsored", "email", "print":
			telling = true
		}
	}
	return telling
}

// cleanSegments splits a raw line at runs of two or more spaces (where a
// scraper joined page fragments), drops share widgets and runs of
// related-headline links, and returns the rest with single spaces.
func cleanSegments(raw string) string {
	if strings.TrimSpace(raw) == "" {
		return ""
	}
	if strings.Contains(raw, "ontinue") || strings.Contains(raw, "ONTINUE") {
		raw = storyContinued.ReplaceAllString(raw, "  ")
	}
	if !strings.Contains(raw, "  ") {
		if isWidget(raw) {
			return ""
		}
		return strings.TrimSpace(raw)
	}
	segs := splitRuns(raw)
	keep := make([]bool, len(segs))
	link := make([]bool, len(segs))
	for i, s := range segs {
		keep[i] = !isWidget(s)
		link[i] = !keep[i] || isLinkText(s, 3)
	}
	// A headline the test misses inside a list still belongs to it.
	for i := 1; i+1 < len(segs); i++ {
		if !link[i] && link[i-1] && link[i+1] && len(segs[i]) <= 120 && !strings.ContainsAny(segs[i][len(segs[i])-1:], ".;") {
			link[i] = true
		}
	}
	// Runs of three or more headline-shaped fragments are link lists.
	for i := 0; i < len(segs); {
		j := i
		for j < len(segs) && link[j] {
			j++
		}
		n := 0
		for k := i; k < j; k++ {
			if keep[k] {
				n++
			}
		}
		if n >= 3 {
			for k := i; k < j; k++ {
				keep[k] = false
			}
		}
		if j == i {
			j++
		}
		i = j
	}
	var b strings.Builder
	for i, s := range segs {
		if !keep[i] {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(collapseSpaces(s))
	}
	return b.String()
}

// splitRuns splits s at runs of two or more spaces, dropping empty parts.
func splitRuns(s string) []string {
	var out []string
	start := 0
	for i := 0; i < len(s); i++ {
		if s[i] == ' ' && i+1 < len(s) && s[i+1] == ' ' {
			if t := strings.TrimSpace(s[start:i]); t != "" {
				out = append(out, t)
			}
			for i < len(s) && s[i] == ' ' {
				i++
			}
			start = i
		}
	}
	if t := strings.TrimSpace(s[start:]); t != "" {
		out = append(out, t)
	}
	return out
}

// isLinkText reports whether a fragment looks like the text of a link to
// another story: a short headline of at least minWords words, made of
// words rather than figures, with no sentence punctuation inside or at its
// end. Figures rule out the tables of newswire earnings reports.
func isLinkText(s string, minWords int) bool {
	if len(s) > 160 || utf8.RuneCountInString(s) > 120 {
		return false
	}
	words := strings.Fields(s)
	if len(words) < minWords || len(words) > 18 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s)
	if !unicode.IsUpper(r) && !unicode.IsDigit(r) && !strings.ContainsRune(`"'“‘`, r) {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(strings.TrimRight(s, `"'’”`))
	if strings.ContainsRune(".,;:!", last) {
		return false
	}
	letters, others := 0, 0
	for _, r := range s {
		switch {
		case unicode.IsLetter(r):
			letters++
		case r != ' ' && r != '\'' && r != '’' && r != '-':
			others++
		}
	}
	if letters < 8*others {
		return false
	}
	for _, w := range words {
		if w == "vs" || w == "v" || w == "vs." {
			return false
		}
	}
	if creditLead.MatchString(s) {
		return false
	}
	return !sentenceInside(s)
}

// sentenceInside reports whether s holds a sentence end followed by
// another sentence ("Dr. Seuss" does not count).
func sentenceInside(s string) bool {
	for i := 1; i+2 < len(s); i++ {
		c := s[i]
		if c != '.' && c != '!' && c != '?' {
			continue
		}
		prev := s[i-1]
		if !(prev >= 'a' && prev <= 'z') && !(prev >= '0' && prev <= '9') && prev != ')' {
			continue
		}
		j := i + 1
		if s[j] == '"' || s[j] == '\'' {
			j++
		}
		if j+1 >= len(s) || s[j] != ' ' {
			continue
		}
		r, _ := utf8.DecodeRuneInString(s[j+1:])
		if !unicode.IsUpper(r) && r != '"' && r != '“' {
			continue
		}
		if c == '.' && isAbbrev(s[:i]) {
			continue
		}
		return true
	}
	return false
}

var (
	// creditLead starts the credit lines that close a story.
	creditLead = regexp.MustCompile(`^(?i:contribut\w*|sources?|credits?|photos?|photographs?|reporting|additional reporting|editing|writing|written|graphics?|video|illustrations?)(?:\s*:|\s+by\b)`)
	// storyContinued is a marker news sites put mid-story, often inline.
	storyContinued = regexp.MustCompile(`(?i)\bstory\s+continue[sd]?\s+below\b`)
	// furnitureLine matches whole lines that are navigation or promotion.
	furnitureLine = regexp.MustCompile(`(?i)^(?:` +
		`advertisement|advertising|sponsored(?: content)?|ad|skip (?:to )?(?:main )?content|` +
		`continue reading(?: below| the main story)?|(?:read|see) (?:more|full (?:story|article))[.:…]*|` +
		`(?:read more|related(?: coverage| stories| articles| content)?|see also|also read|more from [^:]{1,40}|watch(?: more)?|recommended)\s*[:›»|-].{0,200}|` +
		`(?:click|tap) here\b.{0,200}|` +
		`follow (?:us|[^.]{1,40}) on (?:twitter|facebook|instagram)\b.{0,80}|` +
		`(?:like|find) us on facebook\b.{0,80}|` +
		`this (?:article|story) (?:is|was) (?:part of|brought to you|sponsored).{0,200}|` +
		`you (?:can )?(?:may )?also like:?` +
		`)$`)
	// promptWords catch newsletter and subscription prompts.
	promptAction = regexp.MustCompile(`(?i)\b(?:sign(?:ing)? up|subscribe|get (?:our|the)|register)\b`)
	promptObject = regexp.MustCompile(`(?i)\b(?:newsletters?|inbox|email alerts?|e-mail alerts?|daily briefing|breaking news alerts?)\b`)
)

// furniturePrefixes start every line furnitureLine can match; checking
// them first keeps the regular expression off ordinary paragraphs.
var furniturePrefixes = []string{
	"ad", "sponsored", "skip", "continue reading", "read ", "see ", "related",
	"also read", "more from", "watch", "recommended", "click here", "tap here",
	"follow ", "like us", "find us", "this article", "this story", "you ",
}

// isFurnitureLine reports whether a whole (cleaned) line is page furniture
// rather than story text.
func isFurnitureLine(line string) bool {
	if len(line) > 300 {
		return false
	}
	for _, p := range furniturePrefixes {
		if len(line) >= len(p) && strings.EqualFold(line[:len(p)], p) {
			if furnitureLine.MatchString(line) {
				return true
			}
			break
		}
	}
	if headline, ok := strings.CutSuffix(line, " Read more"); ok && relatedHeadline(headline) {
		return true
	}
	if promptHint(line) {
		return len(strings.Fields(line)) <= 40 && promptAction.MatchString(line) && promptObject.MatchString(line) &&
			!strings.Contains(line, `"`) && !strings.Contains(line, "“")
	}
	return false
}

// dropMediaPlaceholder removes what a scraper kept of an embedded
// video's player from the start of a line: "Media playback is
// unsupported on your device" and the "Media caption" label, leaving the
// caption. The words opened one BBC article in five, first thing in the
// reader and the snippets. The caption stays: dropping it too lost more
// right quotes ("Name: 'words'" of the clip) than it fixed.
func dropMediaPlaceholder(line string) string {
	rest, ok := cutPrefixFold(line, "media playback is ")
	if !ok {
		return line
	}
	if r, ok := cutPrefixFold(rest, "unsupported on your device"); ok {
		rest = r
	} else if r, ok := cutPrefixFold(rest, "not supported on this device"); ok {
		rest = r
	} else {
		return line
	}
	rest = strings.TrimSpace(rest)
	if r, ok := cutPrefixFold(rest, "media caption"); ok {
		rest = strings.TrimSpace(r)
	}
	return rest
}

// cutPrefixFold is strings.CutPrefix ignoring ASCII case.
func cutPrefixFold(s, prefix string) (string, bool) {
	if len(s) < len(prefix) || !strings.EqualFold(s[:len(prefix)], prefix) {
		return s, false
	}
	return s[len(prefix):], true
}

// relatedHeadline reports whether the text before a closing "Read more"
// is the headline of a linked story ("Senate passes farm bill after
// all-night session Read more"), not the end of a sentence: a capital
// first, three to 25 words, no sentence punctuation last.
func relatedHeadline(h string) bool {
	words := strings.Fields(h)
	if len(words) < 3 || len(words) > 25 || len(h) > 200 {
		return false
	}
	first, _ := utf8.DecodeRuneInString(h)
	last, _ := utf8.DecodeLastRuneInString(h)
	return (unicode.IsUpper(first) || unicode.IsDigit(first) || strings.ContainsRune(`"'“‘`, first)) &&
		!strings.ContainsRune(".,;:", last)
}

// promptHint is a cheap test for the words every newsletter prompt holds.
func promptHint(line string) bool {
	for _, w := range []string{"ewsletter", "EWSLETTER", "nbox", "NBOX", "lert", "LERT", "riefing", "RIEFING"} {
		if strings.Contains(line, w) {
			return true
		}
	}
	return false
}

// dropHeadlineRuns removes a related-stories list laid out one link per
// line: three or more link-like paragraphs ending the document, or two or
// more after a label such as "Related Coverage". Elsewhere such runs are
// as likely to be content (a list of names, products, bullet points), so
// they stay, as does every run when no real story remains beside it.
func dropHeadlineRuns(paras []string) []string {
	if len(paras) < 3 {
		return paras
	}
	link := make([]bool, len(paras))
	story := 0
	for i, p := range paras {
		link[i] = isLinkText(p, 4)
		if !link[i] && strings.Count(p, " ") >= 19 {
			story++
		}
	}
	if story == 0 {
		return paras // a list, a table or a digest: not a story with furniture
	}
	drop := make([]bool, len(paras))
	for i := 0; i < len(paras); {
		label := listLabel.MatchString(paras[i])
		j := i
		if label {
			j++
		}
		k := j
		for k < len(paras) && link[k] {
			k++
		}
		if (label && k-j >= 2) || (k == len(paras) && k-j >= 3) {
			for m := i; m < k; m++ {
				drop[m] = true
			}
		}
		if k == i {
			k++
		}
		i = k
	}
	out := paras[:0]
	for i, p := range paras {
		if !drop[i] {
			out = append(out, p)
		}
	}
	return out
}

// listLabel matches the heading of a list of links to other stories.
var listLabel = regexp.MustCompile(`(?i)^(?:related(?: (?:coverage|stories|articles|content|links|news))?|more (?:on|from|about) [^.]{1,40}|more stories|recommended(?: for you)?|you (?:may|might) also like|(?:most )?popular(?: stories| now)?|trending(?: now| stories)?|most read|read next|what to read next|further reading)[:.]?$`)
