package corpus

import (
	"bufio"
	"bytes"
	"io"
	"net/url"
	"regexp"
	"strings"
	"unicode/utf8"

	trafilatura "github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/transform"
)

// maxHTMLBytes bounds a saved page: a larger file is not an article, and
// parsing it would cost a lot of memory for nothing.
const maxHTMLBytes = 32 << 20

// minPageWords is the fewest words a page's text needs to be an article.
const minPageWords = 12

// adSelector prunes advertising blocks before extraction. Trafilatura
// drops most page furniture by itself but keeps an ad that sits inside
// the story body, so ad containers are removed by their usual names.
const adSelector = `[class~="ad"], [class~="ads"], [class^="ad-"], [class*=" ad-"], ` +
	`[class~="advert"], [class~="advertisement"], [class~="sponsored"], ` +
	`[id^="ad-"], [id^="google_ads"], [data-ad-slot], [aria-label="Advertisement"]`

// readHTML reads a saved web page (.html, .htm) holding one article: its
// main text without navigation, ads, comments and link lists, and its
// title, author, date, outlet and url from the page's metadata.
func (rd *reader) readHTML(br *bufio.Reader) {
	data, err := io.ReadAll(io.LimitReader(br, maxHTMLBytes+1))
	if err != nil {
		rd.problem(0, "read error: "+readErr(err)+"; skipped")
		return
	}
	if len(data) > maxHTMLBytes {
		rd.problem(0, "page larger than 32 MiB; skipped")
		return
	}
	a, why := pageArticle(data)
	if why != "" {
		rd.problem(0, why)
		return
	}
	a.ID = baseID(rd.name)
	a.File = rd.name
	rd.emit(a)
}

// pageArticle extracts the article of one HTML page, or says why there is
// none.
func pageArticle(data []byte) (Article, string) {
	data = decodeHTML(data)
	doc, err := html.Parse(bytes.NewReader(data))
	if err != nil {
		return Article{}, "not readable as HTML: " + err.Error()
	}
	opts := trafilatura.Options{
		EnableFallback:  true,
		ExcludeComments: true,
		PruneSelector:   adSelector,
	}
	saved := savedFromURL(data)
	if u, err := url.Parse(saved); err == nil && u.Scheme != "" && u.Host != "" {
		opts.OriginalURL = u
	}
	res, err := trafilatura.ExtractDocument(doc, opts)
	if err != nil || res == nil || res.ContentNode == nil {
		return Article{}, "no article text found in the page; skipped"
	}
	md := res.Metadata
	a := Article{
		Title:  cleanLine(md.Title),
		Author: cleanLine(strings.ReplaceAll(md.Author, "; ", ", ")),
		Source: cleanLine(md.Sitename),
		URL:    strings.TrimSpace(first(md.URL, saved)),
	}
	a.Text = Clean(dropTitle(htmlText(res.ContentNode), a.Title))
	if len(strings.Fields(a.Text)) < minPageWords {
		// What is left of a page with no story is a menu or a caption.
		return Article{}, "no article text found in the page; skipped"
	}
	if !md.Date.IsZero() {
		a.Date = md.Date.UTC()
		a.DateText = a.Date.Format("2006-01-02")
	}
	if a.Source == "" {
		a.Source = DetectSource(a.Text)
	}
	if a.Source == "" {
		a.Source = strings.TrimPrefix(md.Hostname, "www.")
	}
	finishArticle(&a)
	return a, ""
}

// decodeHTML returns the page as UTF-8: as it is when it already is, else
// decoded from the charset its <meta> declares (Windows-1252 when none).
func decodeHTML(data []byte) []byte {
	if utf8.Valid(data) {
		return data
	}
	enc, _, _ := charset.DetermineEncoding(data, "")
	out, _, err := transform.Bytes(enc.NewDecoder(), data)
	if err != nil || !utf8.Valid(out) {
		return bytes.ToValidUTF8(data, []byte("\uFFFD"))
	}
	return out
}

// dropTitle removes a first paragraph that only repeats the title: the
// extracted body often starts with the page's headline.
func dropTitle(text, title string) string {
	head, rest, _ := strings.Cut(text, "\n\n")
	if title != "" && strings.EqualFold(cleanLine(head), title) {
		return rest
	}
	return text
}

// savedFrom matches the marks browsers and archivers leave at the top of a
// saved page: "<!-- saved from url=(0042)https://... -->" (Chrome, Edge,
// Internet Explorer and storytui add) and SingleFile's " url: https://...".
var savedFrom = regexp.MustCompile(`<!--\s*(?:saved from url=\(\d+\)|Page saved with SingleFile\s+url:\s*)(\S+?)\s*(?:-->|\n)`)

// savedFromURL returns the address a saved page was saved from, or "".
func savedFromURL(data []byte) string {
	head := data[:min(len(data), 4096)]
	m := savedFrom.FindSubmatch(head)
	if m == nil {
		return ""
	}
	return string(m[1])
}
