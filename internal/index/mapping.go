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
const schemaVersion = 1

// Field names in the index. The query syntax uses them directly
// (source:cnn, person:"Al Franken", stance:demands).
const (
	fTitle    = "title"
	fText     = "text"
	fSource   = "source"
	fAuthor   = "author"
	fDate     = "date"
	fDateText = "date_text"
	fURL      = "url"
	fID       = "id"
	fFile     = "file"
	fLine     = "line"
	fPerson   = "person"
	fSpeaker  = "speaker"
	fQuote    = "quote"
	fStance   = "stance"
	fAction   = "action"
	fExtract  = "extract"
)

// lowerKeyword keeps a value whole but lower-cased, so stance:Demands and
// stance:demands agree.
const lowerKeyword = "keyword_lower"

// bdoc is the shape bleve maps (by its json tags) for one article.
type bdoc struct {
	Title    string   `json:"title"`
	Text     string   `json:"text"`
	Source   string   `json:"source"`
	Author   string   `json:"author"`
	Date     any      `json:"date"` // time.Time, or nil when unknown so it is not indexed
	DateText string   `json:"date_text"`
	URL      string   `json:"url"`
	ID       string   `json:"id"`
	File     string   `json:"file"`
	Line     float64  `json:"line"`
	Person   []string `json:"person"`
	Speaker  []string `json:"speaker"`
	Quote    []string `json:"quote"`
	Stance   []string `json:"stance"`
	Action   []string `json:"action"`
	Extract  string   `json:"extract"`
}

// newMapping builds the index mapping. No _all field and no doc values
// except on date: both would roughly double the size on disk. Term
// vectors are kept where phrase queries must work (bleve needs positions
// for phrases); they also give the hit locations used for marks.
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
	add(fTitle, text(en.AnalyzerName, true, true))
	add(fText, text(en.AnalyzerName, true, true))
	add(fSource, text(standard.Name, true, true))
	add(fAuthor, text(standard.Name, true, true))
	date := bleve.NewDateTimeFieldMapping()
	date.Store = true
	date.DocValues = true // sorting newest first
	date.IncludeInAll = false
	add(fDate, date)
	add(fDateText, storedOnly(bleve.NewTextFieldMapping()))
	add(fURL, storedOnly(bleve.NewTextFieldMapping()))
	add(fID, text("keyword", false, false))
	add(fFile, text("keyword", true, false))
	add(fLine, storedOnly(bleve.NewNumericFieldMapping()))
	add(fPerson, text(standard.Name, false, true))
	add(fSpeaker, text(standard.Name, false, true))
	add(fQuote, text(en.AnalyzerName, false, true))
	add(fStance, text(lowerKeyword, false, false))
	add(fAction, text(lowerKeyword, false, false))
	add(fExtract, storedOnly(bleve.NewTextFieldMapping()))
	// The _all composite field would index title and text a second time;
	// unqualified terms are sent to title and text instead (see query.go).
	dm.AddSubDocumentMapping("_all", bleve.NewDocumentDisabledMapping())
	im.DefaultMapping = dm
	return im, nil
}
