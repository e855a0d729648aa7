"""The load stage: files on disk (or web pages) to a Brief, plain data for the analysis.

Nothing here imports textual; trafilatura, lxml and yaml are imported inside the
functions that need them, so the TUI start-up pays only for what a brief uses.

The brief as data
    model          Brief, Article, Block (the block kinds), PersonHint
    errors         Problem (one line: path, line, message) and BriefError; display_path
    problems       ProblemLog: every loading step writes its problems here, in order

Loading a brief (`newsbrief PATH`, `analyze`, `export`)
    load           load_brief, inspect_brief, LoadResult; where a brief's sources come from:
                   a folder with brief.yaml, a folder of article files (zero-config, ids
                   from file stems), brief.yaml itself, or loose article files
    spec           brief.yaml: keys, each source entry (file inside the folder, unique id,
                   entry metadata over the file's), people hints, the line of each key
    article_file   one article file (.md, .txt, saved .html) and its front matter
    articles       markdown and plain text to blocks: headline, headings, captions
                   (photo credits), key-takeaways lists, hard-wrapped text
    files          one file to text: size limits, PDF/image/UTF-16/binary refused with a
                   clear message, a saved page's declared charset
    yaml_load      YAML to data (libyaml when present; tags and alias bombs refused),
                   each failure one problem with its line
    values         YAML values to text, lists and ISO dates; slug (a source id)
    paths          path safety: safe_path (no escapes in messages), inside (symlinks that
                   leave the brief folder)
    sanitize       clean_text: terminal escapes and control characters out of article text
    bundled        where the bundled briefs live

Checking a brief (`newsbrief check`)
    check          check_brief: the loader's problems and the editor's surprises
                   (duplicate YAML keys, unlisted files, very short articles)

Web pages (a saved .html file, or a URL for `newsbrief new`)
    html_import    html_to_markdown: trafilatura's main text, headline (a <title>'s
                   "Headline | Outlet" suffix), outlet, url, date, author chosen in order
    html_page      before trafilatura: unseen and hidden blocks out, captioned photos kept
    html_meta      what the page declares: JSON-LD NewsArticle, Open Graph, <time>
    html_blocks    trafilatura's XML to blocks; wire-copy "(Reporting by ...)" credits out
    html_furniture "By ..." bylines and "Published ..." stamps to metadata; share buttons,
                   promos and copyright lines out
    html_text      one clean line of page text, an ISO date, the figure marks
    fetch          fetch_url: a page from the web, with its size limit
    html_bounded   page_to_markdown: data URIs and base64 blobs out, then html_to_markdown
                   in a helper process, refused past a time limit

A new brief (`newsbrief new`)
    new            create_brief: convert every input, then write brief.yaml and sources/
                   without replacing a file; source ids from outlets
    titles         common_title: the story's name from the words all headlines share
                   (also a folder's title when it has no brief.yaml)
    new_source     one input (URL, .html, .txt, .md) to a markdown file with front matter
    text_import    a plain-text article: its "By ..." byline, and markdown from its blocks
    markdown_writer md_escape (page text stays words, not markup) and join_blocks
"""
