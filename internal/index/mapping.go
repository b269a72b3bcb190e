package index

import (
	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/custom"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/standard"
	"github.com/blevesearch/bleve/v2/analysis/lang/en"
	"github.com/blevesearch/bleve/v2/analysis/token/lowercase"
	"github.com/blevesearch/bleve/v2/analysis/tokenizer/single"
	"github.com/blevesearch/bleve/v2/mapping"
)

// schemaVersion changes whenever the mapping or the stored fields change;
// an on-disk index built under another version is rebuilt from scratch.
const schemaVersion = 5

// Field names in the index. The query syntax uses them directly
// (source:cnn, person:"Al Franken", stance:demands).
const (
	fTitle   = "title"
	fText    = "text"
	fSource  = "source"
	fAuthor  = "author"
	fDate    = "date"
	fID      = "id"
	fFile    = "file"
	fPerson  = "person"
	fSpeaker = "speaker"
	fQuote   = "quote"
	fStance  = "stance"
	fAction  = "action"
	// fPersonKey holds each person's name key (aggregate.Key) whole, so
	// a filter can ask for the articles whose own name for someone is a
	// bare "Sessions" without matching "Pete Sessions" (see personQueries).
	fPersonKey = "person_key"
	fDoc       = "doc" // the stored article, compressed (see stored.go)
)

// lowerKeyword keeps a value whole but lower-cased, so stance:Demands and
// stance:demands agree.
const lowerKeyword = "keyword_lower"

// bdoc is the shape bleve maps (by its json tags) for one article. Only
// Doc is stored; the other fields are indexed only.
type bdoc struct {
	Title     string   `json:"title"`
	Text      string   `json:"text"`
	Source    string   `json:"source"`
	Author    string   `json:"author"`
	Date      any      `json:"date"` // time.Time, or nil when unknown so it is not indexed
	ID        string   `json:"id"`
	File      string   `json:"file"`
	Person    []string `json:"person"`
	PersonKey []string `json:"person_key"`
	Speaker   []string `json:"speaker"`
	Quote     []string `json:"quote"`
	Stance    []string `json:"stance"`
	Action    []string `json:"action"`
	Doc       string   `json:"doc"`
}

// newMapping builds the index mapping. On-disk size drives it: no _all
// field, no doc values except on date (for newest-first), and the article
// is stored once, compressed, in one field instead of field by field
// (bleve's own stored-field compression is much weaker). Term vectors are
// kept on title and text: bleve needs positions for phrase queries, and
// they give the hit locations the marks are made from. They are the
// largest part of the index; see the report in big_test.go.
func newMapping() (*mapping.IndexMappingImpl, error) {
	im := bleve.NewIndexMapping()
	if err := im.AddCustomAnalyzer(lowerKeyword, map[string]any{
		"type":          custom.Name,
		"tokenizer":     single.Name,
		"token_filters": []any{lowercase.Name},
	}); err != nil {
		return nil, err
	}
	im.DefaultAnalyzer = en.AnalyzerName
	im.DefaultField = fText
	im.IndexDynamic = false
	im.StoreDynamic = false
	im.DocValuesDynamic = false

	text := func(analyzer string, store, vectors bool) *mapping.FieldMapping {
		f := bleve.NewTextFieldMapping()
		f.Analyzer = analyzer
		f.Store = store
		f.IncludeTermVectors = vectors
		f.IncludeInAll = false
		f.DocValues = false
		return f
	}
	storedOnly := func(f *mapping.FieldMapping) *mapping.FieldMapping {
		f.Index = false
		f.Store = true
		f.IncludeTermVectors = false
		f.IncludeInAll = false
		f.DocValues = false
		return f
	}

	dm := bleve.NewDocumentStaticMapping()
	add := func(name string, f *mapping.FieldMapping) { dm.AddFieldMappingsAt(name, f) }
	add(fTitle, text(en.AnalyzerName, false, true))
	add(fText, text(en.AnalyzerName, false, true))
	add(fSource, text(standard.Name, false, true))
	add(fAuthor, text(standard.Name, false, true))
	date := bleve.NewDateTimeFieldMapping()
	date.Store = false
	date.DocValues = true // sorting newest first
	date.IncludeInAll = false
	add(fDate, date)
	add(fID, text("keyword", false, false))
	add(fFile, text("keyword", false, false))
	add(fPerson, text(standard.Name, false, true))
	add(fSpeaker, text(standard.Name, false, true))
	add(fPersonKey, text("keyword", false, false))
	// Quotes are part of the text, whose vectors already serve phrases.
	add(fQuote, text(en.AnalyzerName, false, false))
	add(fStance, text(lowerKeyword, false, false))
	add(fAction, text(lowerKeyword, false, false))
	add(fDoc, storedOnly(bleve.NewTextFieldMapping()))
	// The _all composite field would index title and text a second time;
	// unqualified terms are sent to title and text instead (see query.go).
	dm.AddSubDocumentMapping("_all", bleve.NewDocumentDisabledMapping())
	im.DefaultMapping = dm
	return im, nil
}
