<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko" sourcelanguage="en">
<context>
    <name>ActionManager</name>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>이동(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Paper</source>
        <translation>논문(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>비교(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Import Digests…</source>
        <translation>다이제스트 가져오기(&amp;I)…</translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation>폴더 가져오기(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Watch Folder…</source>
        <translation>폴더 감시(&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;Cancel Import</source>
        <translation>가져오기 취소(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>새로 고침(&amp;R)</translation>
    </message>
    <message>
        <source>Refresh a R&amp;ange…</source>
        <translation>기간 지정 새로 고침(&amp;A)…</translation>
    </message>
    <message>
        <source>S&amp;top Refresh</source>
        <translation>새로 고침 중지(&amp;T)</translation>
    </message>
    <message>
        <source>Refresh &amp;Log…</source>
        <translation>새로 고침 기록(&amp;L)…</translation>
    </message>
    <message>
        <source>So&amp;urces…</source>
        <translation>소스(&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;Export Notes…</source>
        <translation>메모 내보내기(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>설정(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Next Paper</source>
        <translation>다음 논문(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous Paper</source>
        <translation>이전 논문(&amp;P)</translation>
    </message>
    <message>
        <source>Next &amp;Unread Paper</source>
        <translation>읽지 않은 다음 논문(&amp;U)</translation>
    </message>
    <message>
        <source>Section &amp;%1</source>
        <translation>섹션 %1(&amp;%1)</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>검색(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Close Search</source>
        <translation>검색 닫기(&amp;C)</translation>
    </message>
    <message>
        <source>Command &amp;Palette…</source>
        <translation>명령 팔레트(&amp;P)…</translation>
    </message>
    <message>
        <source>Mark &amp;Read / Unread</source>
        <translation>읽음/읽지 않음 표시(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Star / Unstar</source>
        <translation>별표 달기/해제(&amp;S)</translation>
    </message>
    <message>
        <source>Open on &amp;Hugging Face</source>
        <translation>Hugging Face에서 열기(&amp;H)</translation>
    </message>
    <message>
        <source>Open arXiv &amp;PDF</source>
        <translation>arXiv PDF 열기(&amp;P)</translation>
    </message>
    <message>
        <source>Add &amp;Tag…</source>
        <translation>태그 추가(&amp;T)…</translation>
    </message>
    <message>
        <source>Remo&amp;ve Tag…</source>
        <translation>태그 제거(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Note…</source>
        <translation>메모(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Highlight Selection</source>
        <translation>선택 영역 하이라이트(&amp;H)</translation>
    </message>
    <message>
        <source>Highlight with &amp;Comment…</source>
        <translation>코멘트와 함께 하이라이트(&amp;C)…</translation>
    </message>
    <message>
        <source>Remove Highlight</source>
        <translation>하이라이트 제거</translation>
    </message>
    <message>
        <source>&amp;Manage Tags…</source>
        <translation>태그 관리(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Mark for Comparison</source>
        <translation>비교 대상으로 표시(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Clear Marks</source>
        <translation>비교 표시 모두 해제(&amp;C)</translation>
    </message>
    <message>
        <source>C&amp;ompare Marked Papers</source>
        <translation>표시한 논문 비교(&amp;O)</translation>
    </message>
    <message>
        <source>Open &amp;Saved Comparison…</source>
        <translation>저장한 비교 열기(&amp;S)…</translation>
    </message>
    <message>
        <source>Show Compare &amp;Tray</source>
        <translation>비교 트레이 보기(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
    <message>
        <source>Page &amp;Down</source>
        <translation>한 페이지 아래로(&amp;D)</translation>
    </message>
    <message>
        <source>Page &amp;Up</source>
        <translation>한 페이지 위로(&amp;U)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>확대(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>축소(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation>원래 크기(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Dark Colours</source>
        <translation>어두운 색상(&amp;D)</translation>
    </message>
    <message>
        <source>Focus &amp;Next Pane</source>
        <translation>다음 패널로 이동(&amp;N)</translation>
    </message>
    <message>
        <source>Focus Pre&amp;vious Pane</source>
        <translation>이전 패널로 이동(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>단축키(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About Paperboy</source>
        <translation>Paperboy 정보(&amp;A)</translation>
    </message>
    <message>
        <source>About Paperboy</source>
        <translation>Paperboy 정보</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qt 정보(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Older Day</source>
        <translation>이전 날짜(&amp;O)</translation>
    </message>
    <message>
        <source>Ne&amp;wer Day</source>
        <translation>다음 날짜(&amp;W)</translation>
    </message>
    <message>
        <source>Ne&amp;xt Publisher&apos;s Summary</source>
        <translation>다음 발행처의 요약(&amp;X)</translation>
    </message>
    <message>
        <source>Prefer This &amp;Publisher</source>
        <translation>이 발행처를 우선(&amp;P)</translation>
    </message>
    <message>
        <source>Compare &amp;Publishers&apos; Summaries</source>
        <translation>발행처별 요약 비교(&amp;P)</translation>
    </message>
    <message>
        <source>Pu&amp;blishers…</source>
        <translation>발행처(&amp;B)…</translation>
    </message>
    <message>
        <source>Select with the &amp;Keyboard</source>
        <translation>키보드로 선택(&amp;K)</translation>
    </message>
    <message>
        <source>Open a paper first</source>
        <translation>먼저 논문을 여세요</translation>
    </message>
    <message>
        <source>Sort Search &amp;Results</source>
        <translation>검색 결과 정렬(&amp;R)</translation>
    </message>
    <message>
        <source>Remove the Sa&amp;mple Digest</source>
        <translation>예제 다이제스트 지우기(&amp;M)</translation>
    </message>
    <message>
        <source>Remove &amp;Day from Library…</source>
        <translation>라이브러리에서 날짜 지우기(&amp;D)…</translation>
    </message>
    <message>
        <source>Remove This Publisher&apos;s Di&amp;gest…</source>
        <translation>이 발행처의 다이제스트 지우기(&amp;G)…</translation>
    </message>
    <message>
        <source>Mark &amp;All Read</source>
        <translation>모두 읽음으로 표시(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Go to Date…</source>
        <translation>날짜로 이동(&amp;G)…</translation>
    </message>
    <message>
        <source>Newest Da&amp;y</source>
        <translation>가장 최근 날짜(&amp;Y)</translation>
    </message>
    <message>
        <source>T&amp;riage</source>
        <translation>분류(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>뒤로(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>앞으로(&amp;F)</translation>
    </message>
    <message>
        <source>Save Search as Smart &amp;List…</source>
        <translation>검색을 스마트 목록으로 저장(&amp;L)…</translation>
    </message>
    <message>
        <source>S&amp;mart Lists…</source>
        <translation>스마트 목록(&amp;M)…</translation>
    </message>
    <message>
        <source>Put into / Take out of &amp;Later</source>
        <translation>나중에 읽기에 넣기 / 빼기(&amp;L)</translation>
    </message>
    <message>
        <source>Move &amp;Up in Later</source>
        <translation>나중에 읽기에서 위로(&amp;U)</translation>
    </message>
    <message>
        <source>Move Do&amp;wn in Later</source>
        <translation>나중에 읽기에서 아래로(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Mute Rules…</source>
        <translation>숨김 규칙(&amp;M)…</translation>
    </message>
    <message>
        <source>Show &amp;Muted Papers</source>
        <translation>숨긴 논문 보기(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Triage…</source>
        <translation>분류(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Statistics…</source>
        <translation>통계(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Keep (Star)</source>
        <translation>간직(별표)(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>나중에(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Skip (Mark Read)</source>
        <translation>건너뛰기(읽음 표시)(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Next without Deciding</source>
        <translation>정하지 않고 다음(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Tag…</source>
        <translation>태그(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Open in Full</source>
        <translation>전체 보기(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Undo Decision</source>
        <translation>결정 되돌리기(&amp;U)</translation>
    </message>
    <message>
        <source>L&amp;eave Triage</source>
        <translation>분류 끝내기(&amp;E)</translation>
    </message>
    <message>
        <source>More L&amp;ike This…</source>
        <translation>비슷한 논문(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Topics…</source>
        <translation>떠오르는 주제(&amp;T)…</translation>
    </message>
    <message>
        <source>S&amp;ync Now</source>
        <translation>지금 동기화(&amp;Y)</translation>
    </message>
    <message>
        <source>Set &amp;Up Sync…</source>
        <translation>동기화 설정(&amp;U)…</translation>
    </message>
    <message>
        <source>Sync Lo&amp;g…</source>
        <translation>동기화 기록(&amp;G)…</translation>
    </message>
    <message>
        <source>Sort Day &amp;For You</source>
        <translation>이날을 나에게 맞게 정렬(&amp;F)</translation>
    </message>
    <message>
        <source>For You by Ta&amp;g…</source>
        <translation>태그별 나에게 맞게(&amp;G)…</translation>
    </message>
</context>
<context>
    <name>Annotations</name>
    <message>
        <source>a tag needs a name</source>
        <translation>태그에는 이름이 있어야 합니다</translation>
    </message>
    <message>
        <source>a tag “%1” exists already; merge the two instead</source>
        <translation>“%1” 태그가 이미 있습니다. 대신 두 태그를 합치세요</translation>
    </message>
    <message>
        <source>no tag “%1”</source>
        <translation>“%1” 태그가 없습니다</translation>
    </message>
    <message>
        <source>cannot merge the tags: %1</source>
        <translation>태그를 합칠 수 없습니다: %1</translation>
    </message>
    <message>
        <source>no such highlight</source>
        <translation>그런 하이라이트가 없습니다</translation>
    </message>
    <message>
        <source>a comparison needs a name</source>
        <translation>비교에는 이름이 있어야 합니다</translation>
    </message>
    <message>
        <source>no comparison “%1”</source>
        <translation>“%1” 비교가 없습니다</translation>
    </message>
    <message>
        <source>The star was saved, but the mute rules could not be applied to the paper.</source>
        <translation>별표는 저장했지만 이 논문에 숨김 규칙을 적용하지 못했습니다.</translation>
    </message>
</context>
<context>
    <name>AtomicFile</name>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>%1 폴더가 없습니다</translation>
    </message>
    <message>
        <source>no permission to write in the folder %1</source>
        <translation>%1 폴더에 쓸 권한이 없습니다</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 경로는 폴더가 아닙니다</translation>
    </message>
    <message>
        <source>the folder %1 is on a read-only file system</source>
        <translation>%1 폴더는 읽기 전용 파일 시스템에 있습니다</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>no file name given</source>
        <translation>파일 이름이 없습니다</translation>
    </message>
    <message>
        <source>it is a link, and links are not written through</source>
        <translation>링크입니다. 링크를 따라가서 쓰지 않습니다</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>폴더입니다</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>일반 파일이 아닙니다</translation>
    </message>
    <message>
        <source>no permission to replace it</source>
        <translation>이 파일을 바꿀 권한이 없습니다</translation>
    </message>
    <message>
        <source>the disk is full; the old file is unchanged</source>
        <translation>디스크가 가득 찼습니다. 기존 파일은 그대로입니다</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>디스크가 가득 찼습니다</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>import needs at least one file or folder</source>
        <translation>import에는 파일이나 폴더가 하나 이상 필요합니다</translation>
    </message>
    <message>
        <source>no digest files (*.md) found</source>
        <translation>다이제스트 파일(*.md)을 찾지 못했습니다</translation>
    </message>
    <message>
        <source>imported %1 (%2 papers)</source>
        <translation>%1 가져옴 (논문 %2편)</translation>
    </message>
    <message>
        <source>unchanged %1 (%2 papers)</source>
        <translation>%1 변경 없음 (논문 %2편)</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>거부됨</translation>
    </message>
    <message>
        <source>Print a JSON array.</source>
        <translation>JSON 배열로 출력합니다.</translation>
    </message>
    <message>
        <source>Only papers with this tag.</source>
        <translation>이 태그가 붙은 논문만.</translation>
    </message>
    <message>
        <source>Only in this section kind.</source>
        <translation>이 종류의 섹션에서만.</translation>
    </message>
    <message>
        <source>At most N results (default 20).</source>
        <translation>결과를 최대 N개까지 (기본값 20).</translation>
    </message>
    <message>
        <source>unknown section kind &apos;%1&apos; (motivation, contributions, method, experiments, results, limitations, future_work, other)</source>
        <translation>알 수 없는 섹션 종류: &apos;%1&apos; (motivation, contributions, method, experiments, results, limitations, future_work, other 중 하나)</translation>
    </message>
    <message>
        <source>search needs a query</source>
        <translation>search에는 검색어가 필요합니다</translation>
    </message>
    <message>
        <source>--limit takes a positive number</source>
        <translation>--limit에는 양수를 지정해야 합니다</translation>
    </message>
    <message>
        <source>search failed: %1</source>
        <translation>검색 실패: %1</translation>
    </message>
    <message>
        <source>Only papers of this day.</source>
        <translation>이 날짜의 논문만.</translation>
    </message>
    <message>
        <source>not a date: &apos;%1&apos; (use YYYY-MM-DD)</source>
        <translation>날짜가 아닙니다: &apos;%1&apos; (YYYY-MM-DD 형식으로 쓰세요)</translation>
    </message>
    <message>
        <source>no paper %1 in the library</source>
        <translation>라이브러리에 없는 논문입니다: %1</translation>
    </message>
    <message>
        <source>%1 needs a paper id</source>
        <translation>%1에는 논문 ID가 필요합니다</translation>
    </message>
    <message>
        <source>tag needs a paper id and at least one tag</source>
        <translation>tag에는 논문 ID와 태그가 하나 이상 필요합니다</translation>
    </message>
    <message>
        <source>untag needs a paper id and at least one tag</source>
        <translation>untag에는 논문 ID와 태그가 하나 이상 필요합니다</translation>
    </message>
    <message>
        <source>The note&apos;s new text (empty removes it).</source>
        <translation>메모의 새 내용 (비우면 메모를 지웁니다).</translation>
    </message>
    <message>
        <source>Read the note&apos;s new text from FILE (- for standard input).</source>
        <translation>메모의 새 내용을 FILE에서 읽습니다 (-이면 표준 입력).</translation>
    </message>
    <message>
        <source>give either --set or --file</source>
        <translation>--set과 --file 중 하나만 지정하세요</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 파일을 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Remove the star.</source>
        <translation>별표를 해제합니다.</translation>
    </message>
    <message>
        <source>md, html or csv.</source>
        <translation>md, html 또는 csv.</translation>
    </message>
    <message>
        <source>Where to write it.</source>
        <translation>저장할 위치.</translation>
    </message>
    <message>
        <source>Only these section kinds, comma-separated.</source>
        <translation>이 섹션 종류만 (쉼표로 구분).</translation>
    </message>
    <message>
        <source>compare takes %1 to %2 papers</source>
        <translation>compare에는 논문을 %1~%2편 지정해야 합니다</translation>
    </message>
    <message>
        <source>--format takes md, html or csv</source>
        <translation>--format에는 md, html, csv 중 하나를 지정해야 합니다</translation>
    </message>
    <message>
        <source>compare needs --out PATH</source>
        <translation>compare에는 --out PATH가 필요합니다</translation>
    </message>
    <message>
        <source>unknown section kind &apos;%1&apos;</source>
        <translation>알 수 없는 섹션 종류: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 papers × %2 sections written to %3</source>
        <translation>논문 %1편 × 섹션 %2개를 저장했습니다: %3</translation>
    </message>
    <message>
        <source>The file to write (the folder for md-folder).</source>
        <translation>저장할 파일 (md-folder는 폴더).</translation>
    </message>
    <message>
        <source>Only papers with this tag (repeatable).</source>
        <translation>이 태그가 붙은 논문만 (여러 번 지정 가능).</translation>
    </message>
    <message>
        <source>Only papers of this day or later.</source>
        <translation>이 날짜 또는 그 이후의 논문만.</translation>
    </message>
    <message>
        <source>Only papers of this day or earlier.</source>
        <translation>이 날짜 또는 그 이전의 논문만.</translation>
    </message>
    <message>
        <source>Only starred papers.</source>
        <translation>별표한 논문만.</translation>
    </message>
    <message>
        <source>Only papers with a tag, note, highlight or star.</source>
        <translation>태그, 메모, 하이라이트, 별표 중 하나라도 있는 논문만.</translation>
    </message>
    <message>
        <source>These papers, comma-separated, in this order.</source>
        <translation>지정한 논문을 이 순서대로 (쉼표로 구분).</translation>
    </message>
    <message>
        <source>The papers marked for comparison.</source>
        <translation>비교 대상으로 표시한 논문.</translation>
    </message>
    <message>
        <source>The results of this search.</source>
        <translation>이 검색의 결과.</translation>
    </message>
    <message>
        <source>full, highlighted (only sections with highlights) or none.</source>
        <translation>full, highlighted (하이라이트가 있는 섹션만) 또는 none.</translation>
    </message>
    <message>
        <source>Leave the highlights out.</source>
        <translation>하이라이트를 뺍니다.</translation>
    </message>
    <message>
        <source>Leave the notes out.</source>
        <translation>메모를 뺍니다.</translation>
    </message>
    <message>
        <source>Leave the tags out.</source>
        <translation>태그를 뺍니다.</translation>
    </message>
    <message>
        <source>PDF paper: a4 or letter.</source>
        <translation>PDF 용지: a4 또는 letter.</translation>
    </message>
    <message>
        <source>The heading of a one-file export.</source>
        <translation>파일 하나로 내보낼 때 쓸 제목.</translation>
    </message>
    <message>
        <source>export takes no argument &apos;%1&apos;; the papers are chosen with options</source>
        <translation>export에는 인수를 쓸 수 없습니다(&apos;%1&apos;). 논문은 옵션으로 고릅니다</translation>
    </message>
    <message>
        <source>export needs --out PATH</source>
        <translation>export에는 --out PATH가 필요합니다</translation>
    </message>
    <message>
        <source>give either --day or --from/--to</source>
        <translation>--day와 --from/--to 중 하나만 지정하세요</translation>
    </message>
    <message>
        <source>--from %1 is after --to %2</source>
        <translation>--from 날짜(%1)가 --to 날짜(%2)보다 늦습니다</translation>
    </message>
    <message>
        <source>--ids needs at least one arXiv id</source>
        <translation>--ids에는 arXiv ID가 하나 이상 필요합니다</translation>
    </message>
    <message>
        <source>no tag “%1” in the library</source>
        <translation>라이브러리에 “%1” 태그가 없습니다</translation>
    </message>
    <message>
        <source>--search needs a query</source>
        <translation>--search에는 검색어가 필요합니다</translation>
    </message>
    <message>
        <source>--summaries takes full, highlighted or none</source>
        <translation>--summaries에는 full, highlighted, none 중 하나를 지정해야 합니다</translation>
    </message>
    <message>
        <source>--page-size takes a4 or letter</source>
        <translation>--page-size에는 a4나 letter를 지정해야 합니다</translation>
    </message>
    <message>
        <source>nothing to export: no paper matches (%1)</source>
        <translation>내보낼 것이 없습니다: 조건에 맞는 논문이 없습니다 (%1)</translation>
    </message>
    <message>
        <source>wrote %1 (notes: %2)</source>
        <translation>저장했습니다: %1 (노트 파일 %2개)</translation>
    </message>
    <message>
        <source>wrote %1 (papers: %2, pages: %3)</source>
        <translation>저장했습니다: %1 (논문 %2편, %3쪽)</translation>
    </message>
    <message>
        <source>wrote %1 (papers: %2)</source>
        <translation>저장했습니다: %1 (논문 %2편)</translation>
    </message>
    <message>
        <source>import-notes needs one notes file (.json, written by export --format json)</source>
        <translation>import-notes에는 메모 파일 하나가 필요합니다 (export --format json으로 만든 .json)</translation>
    </message>
    <message>
        <source>%1 papers read</source>
        <translation>논문 %1편을 읽었습니다</translation>
    </message>
    <message>
        <source>nothing new: this library has all of it already</source>
        <translation>새로운 내용이 없습니다: 이 라이브러리에 이미 모두 있습니다</translation>
    </message>
    <message>
        <source>tags created: %1, tags added to papers: %2</source>
        <translation>만든 태그: %1, 논문에 붙인 태그: %2</translation>
    </message>
    <message>
        <source>notes added: %1, replaced by newer ones: %2</source>
        <translation>추가한 메모: %1, 더 새 메모로 바꾼 것: %2</translation>
    </message>
    <message>
        <source>highlights added: %1, stars added: %2, marked read: %3</source>
        <translation>추가한 하이라이트: %1, 추가한 별표: %2, 읽음으로 표시: %3</translation>
    </message>
    <message>
        <source>notes kept because this library&apos;s are newer: %1</source>
        <translation>이 라이브러리의 메모가 더 새로워 그대로 둔 메모: %1</translation>
    </message>
    <message>
        <source>no command</source>
        <translation>명령이 없습니다</translation>
    </message>
    <message>
        <source>the damaged file was moved to %1</source>
        <translation>손상된 파일을 %1(으)로 옮겼습니다</translation>
    </message>
    <message>
        <source>restored from %1</source>
        <translation>%1에서 복원했습니다</translation>
    </message>
    <message>
        <source>digests imported again: %1</source>
        <translation>다시 가져온 다이제스트: %1</translation>
    </message>
    <message>
        <source>digests no longer there: %1</source>
        <translation>더 이상 없는 다이제스트: %1</translation>
    </message>
    <message>
        <source>digests rejected: %1</source>
        <translation>가져오지 못한 다이제스트: %1</translation>
    </message>
    <message>
        <source>no backup of tags, notes and highlights was found</source>
        <translation>태그·노트·하이라이트 백업을 찾지 못했습니다</translation>
    </message>
    <message>
        <source>tags, notes and highlights merged from %1</source>
        <translation>%1에서 태그·노트·하이라이트를 합쳤습니다</translation>
    </message>
    <message>
        <source>tags added to papers: %1, notes added: %2, replaced by newer ones: %3</source>
        <translation>논문에 붙인 태그: %1, 추가한 노트: %2, 더 새 노트로 바꾼 것: %3</translation>
    </message>
    <message>
        <source>highlights added: %1, stars added: %2, marked read: %3, marks: %4</source>
        <translation>추가한 하이라이트: %1, 추가한 별표: %2, 읽음 표시: %3, 비교 표시: %4</translation>
    </message>
    <message>
        <source>Put the last good backup in place of the library.</source>
        <translation>마지막 온전한 백업으로 라이브러리를 대신합니다.</translation>
    </message>
    <message>
        <source>Make the library again from its digests.</source>
        <translation>다이제스트로부터 라이브러리를 다시 만듭니다.</translation>
    </message>
    <message>
        <source>Also import these digest files or folders (repeatable).</source>
        <translation>이 다이제스트 파일이나 폴더도 함께 가져옵니다 (여러 번 지정 가능).</translation>
    </message>
    <message>
        <source>give either --restore-backup or --rebuild</source>
        <translation>--restore-backup 또는 --rebuild 중 하나를 지정하세요</translation>
    </message>
    <message>
        <source>a backup file goes with --restore-backup</source>
        <translation>백업 파일은 --restore-backup과 함께 지정합니다</translation>
    </message>
    <message>
        <source>backup: %1 (schema %2, %3)</source>
        <translation>백업: %1 (스키마 %2, %3)</translation>
    </message>
    <message>
        <source>backup of tags, notes and highlights: %1</source>
        <translation>태그·노트·하이라이트 백업: %1</translation>
    </message>
    <message>
        <source>run: paperboy recover --rebuild</source>
        <translation>실행할 명령: paperboy recover --rebuild</translation>
    </message>
    <message>
        <source>run: paperboy recover --restore-backup (or --rebuild)</source>
        <translation>실행할 명령: paperboy recover --restore-backup (또는 --rebuild)</translation>
    </message>
    <message>
        <source>see what can be done with: paperboy --db %1 recover</source>
        <translation>할 수 있는 조치 보기: paperboy --db %1 recover</translation>
    </message>
    <message>
        <source>sources added: %1, saved comparisons added: %2</source>
        <translation>추가한 소스: %1, 추가한 저장된 비교: %2</translation>
    </message>
    <message>
        <source>times later than now, not believed: %1</source>
        <translation>현재보다 늦은 시각이라 믿지 않은 것: %1</translation>
    </message>
    <message>
        <source>the replaced notes are kept in %1</source>
        <translation>바뀐 메모는 %1에 보관했습니다</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>외 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>not in this library (kept; shown once a digest lists them): %n paper(s): %1</source>
        <translation>
            <numerusform>이 라이브러리에 없는 논문 %n편 (보관하며, 다이제스트에 나오면 보입니다): %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>사용법: %1</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>옵션:</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>이 도움말을 보여 줍니다.</translation>
    </message>
    <message>
        <source>(see paperboy %1 --help)</source>
        <translation>(paperboy %1 --help 참고)</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>알 수 없는 명령: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 takes %2</source>
        <translation>%1에는 다음 중 하나를 지정해야 합니다: %2</translation>
    </message>
    <message>
        <source>Import digests: files, and the *.md files in folders.</source>
        <translation>다이제스트를 가져옵니다: 파일, 그리고 폴더 안의 *.md 파일.</translation>
    </message>
    <message>
        <source>Search the titles, summaries, notes and tags.</source>
        <translation>제목, 요약, 메모, 태그를 검색합니다.</translation>
    </message>
    <message>
        <source>Add tags to a paper.</source>
        <translation>논문에 태그를 붙입니다.</translation>
    </message>
    <message>
        <source>After --, every word is a tag, even -h or --help.</source>
        <translation>-- 뒤의 단어는 -h나 --help라도 모두 태그입니다.</translation>
    </message>
    <message>
        <source>Remove tags from a paper.</source>
        <translation>논문에서 태그를 뗍니다.</translation>
    </message>
    <message>
        <source>Print a paper&apos;s note, or replace it.</source>
        <translation>논문의 메모를 출력하거나 바꿉니다.</translation>
    </message>
    <message>
        <source>Star a paper, or remove its star.</source>
        <translation>논문에 별표를 하거나 별표를 해제합니다.</translation>
    </message>
    <message>
        <source>Write papers side by side: a column per paper, a row per section kind.</source>
        <translation>논문을 나란히 놓아 저장합니다: 논문마다 열 하나, 섹션 종류마다 행 하나.</translation>
    </message>
    <message>
        <source>Export papers with their tags, notes, highlights and stars.</source>
        <translation>논문을 태그, 메모, 하이라이트, 별표와 함께 내보냅니다.</translation>
    </message>
    <message>
        <source>The filters that are given must all hold; without any, every paper is exported. The file is replaced only when the export succeeded.</source>
        <translation>지정한 필터를 모두 만족하는 논문만 내보내며, 필터가 없으면 모든 논문을 내보냅니다. 파일은 내보내기가 성공했을 때만 바뀝니다.</translation>
    </message>
    <message>
        <source>Merge notes exported as JSON (a backup) into this library.</source>
        <translation>JSON으로 내보낸 메모(백업)를 이 라이브러리에 합칩니다.</translation>
    </message>
    <message>
        <source>Add a network source of digests.</source>
        <translation>다이제스트를 받아 올 네트워크 소스를 추가합니다.</translation>
    </message>
    <message>
        <source>digest (default) or hf.</source>
        <translation>digest(기본값) 또는 hf.</translation>
    </message>
    <message>
        <source>Read the source&apos;s token (or password, with --user) from standard input and keep it in the system keychain.</source>
        <translation>소스의 토큰(--user를 쓰면 비밀번호)을 표준 입력에서 읽어 시스템 키체인에 보관합니다.</translation>
    </message>
    <message>
        <source>Basic authentication as NAME (the password from --token-from-stdin).</source>
        <translation>NAME 사용자로 Basic 인증을 합니다 (비밀번호는 --token-from-stdin으로 받습니다).</translation>
    </message>
    <message>
        <source>List the network sources.</source>
        <translation>네트워크 소스 목록을 출력합니다.</translation>
    </message>
    <message>
        <source>Remove a network source and its secret in the keychain.</source>
        <translation>네트워크 소스와 키체인에 있는 그 비밀 정보를 지웁니다.</translation>
    </message>
    <message>
        <source>Fetch the digests of the network sources for a range of days.</source>
        <translation>네트워크 소스에서 기간 안의 다이제스트를 받아 옵니다.</translation>
    </message>
    <message>
        <source>Only this source (repeatable); default: every enabled one.</source>
        <translation>이 소스만 (여러 번 지정 가능). 기본값: 사용 중인 모든 소스.</translation>
    </message>
    <message>
        <source>The first day (default: the days Refresh fetches, 14 unless changed in Sources, up to --to).</source>
        <translation>첫날 (기본값: --to까지 새로 고침이 가져오는 날수, 소스에서 바꾸지 않았으면 14일).</translation>
    </message>
    <message>
        <source>The last day (default: today; with --from, the days Refresh fetches from it, not past today).</source>
        <translation>마지막 날 (기본값: 오늘. --from이 있으면 그날부터 새로 고침이 가져오는 날수만큼, 오늘을 넘지 않음).</translation>
    </message>
    <message>
        <source>Print the results as a JSON array.</source>
        <translation>결과를 JSON 배열로 출력합니다.</translation>
    </message>
    <message>
        <source>Exits with 0 when every day was fetched or unchanged, and with 1 otherwise.</source>
        <translation>모든 날짜를 받았거나 변경이 없으면 0으로, 그렇지 않으면 1로 끝납니다.</translation>
    </message>
    <message>
        <source>Check a damaged library, put a backup in its place or make it again from its digests.</source>
        <translation>손상된 라이브러리를 점검하고, 백업으로 대신하거나 다이제스트로 다시 만듭니다.</translation>
    </message>
    <message>
        <source>Without an option, says what is wrong with the library and lists its backups. BACKUP is the backup to restore; without it, the newest good one.</source>
        <translation>옵션이 없으면 라이브러리의 문제와 백업 목록을 출력합니다. BACKUP은 복원할 백업이며, 지정하지 않으면 가장 최근의 온전한 백업을 씁니다.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>명령:</translation>
    </message>
    <message>
        <source>paperboy COMMAND --help shows what a command takes.</source>
        <translation>paperboy COMMAND --help로 명령마다 인수와 옵션을 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>%1 or %2.</source>
        <extracomment>The formats --format takes: all but the last (&quot;md, md-folder, ...&quot;) and the last (&quot;csv&quot;).</extracomment>
        <translation>%1 또는 %2.</translation>
    </message>
    <message>
        <source>--format takes %1 or %2</source>
        <translation>--format에는 %1, %2 중 하나를 지정해야 합니다</translation>
    </message>
    <message>
        <source>exporting</source>
        <translation>내보내는 중</translation>
    </message>
    <message>
        <source>wrote %1 with only its header row (highlights: 0, papers: %2)</source>
        <translation>저장했습니다: %1 (머리글 행만: 하이라이트 0개, 논문 %2편)</translation>
    </message>
    <message>
        <source>wrote %1 (highlights: %2, from papers: %3)</source>
        <translation>저장했습니다: %1 (하이라이트 %2개, 논문 %3편)</translation>
    </message>
    <message>
        <source>prefer needs a publisher (see list publishers)</source>
        <translation>prefer에는 발행처가 필요합니다 (list publishers 참고)</translation>
    </message>
    <message>
        <source>no publisher %1 (see list publishers)</source>
        <translation>발행처 %1이(가) 없습니다 (list publishers 참고)</translation>
    </message>
    <message>
        <source>summaries by %1 are shown first</source>
        <translation>이제 %1의 요약을 먼저 보여 줍니다</translation>
    </message>
    <message>
        <source>Show this publisher&apos;s summary of a paper that several digests of a day list.</source>
        <translation>한 날짜의 여러 다이제스트에 실린 논문은 이 발행처의 요약으로 보여 줍니다.</translation>
    </message>
    <message>
        <source>PUBLISHER is a name, a place or an id from &apos;list publishers&apos;.</source>
        <translation>PUBLISHER는 &apos;list publishers&apos;에 나오는 이름, 위치 또는 id입니다.</translation>
    </message>
    <message>
        <source>URL: a digest&apos;s address with {date} for the day (YYYY-MM-DD) or with {yyyy}, {mm} and {dd} (as in .../paper_logs/{yyyy}/{mm}/{dd}.md), a page that lists digests, or for hf the API&apos;s base (https://huggingface.co).</source>
        <translation>URL: 날짜 자리에 {date}(YYYY-MM-DD) 또는 {yyyy}, {mm}, {dd}가 들어간 다이제스트 주소(예: .../paper_logs/{yyyy}/{mm}/{dd}.md), 다이제스트 목록 페이지, 또는 hf의 경우 API 기본 주소(https://huggingface.co).</translation>
    </message>
    <message>
        <source>Prints a line per file (imported, unchanged or rejected) and every problem found in it; exits with 0 when every file was imported or unchanged, 3 when some were and a file was rejected (or had errors), 1 when nothing was imported. After --, every word is a path, even -h or --help.</source>
        <translation>파일마다 한 줄(가져옴, 변경 없음, 거부됨)과 그 안에서 찾은 문제를 모두 출력합니다. 모든 파일을 가져왔거나 변경이 없으면 0, 일부만 가져오고 거부되거나 오류가 있는 파일이 있으면 3, 아무것도 가져오지 못하면 1로 끝납니다. -- 뒤의 단어는 -h나 --help라도 모두 경로입니다.</translation>
    </message>
    <message>
        <source>the sample digest was removed (Settings › Keep the sample digest keeps it)</source>
        <translation>예제 다이제스트를 지웠습니다 (설정 › 예제 다이제스트 유지로 남길 수 있습니다)</translation>
    </message>
    <message>
        <source>remove needs --day DATE</source>
        <translation>remove에는 --day DATE가 필요합니다</translation>
    </message>
    <message>
        <source>no digest of %1 in the library</source>
        <translation>라이브러리에 %1 다이제스트가 없습니다</translation>
    </message>
    <message>
        <source>removed %1 (tags, notes and highlights stay; importing it again brings it back)</source>
        <translation>%1을(를) 지웠습니다 (태그, 메모, 강조는 남고 다시 가져오면 돌아옵니다)</translation>
    </message>
    <message>
        <source>removed the digest of %1 by %2</source>
        <translation>%2의 %1 다이제스트를 지웠습니다</translation>
    </message>
    <message>
        <source>Remove a day, or one publisher&apos;s digest of it, from the library.</source>
        <translation>라이브러리에서 날짜 하나, 또는 그날의 한 발행처 다이제스트를 지웁니다.</translation>
    </message>
    <message>
        <source>The day to remove.</source>
        <translation>지울 날짜.</translation>
    </message>
    <message>
        <source>Only this publisher&apos;s digest of the day (see list publishers).</source>
        <translation>그날의 이 발행처 다이제스트만 (list publishers 참고).</translation>
    </message>
    <message>
        <source>Tags, notes, highlights, stars and read state stay with the papers; importing the digest again brings it back.</source>
        <translation>태그, 메모, 강조, 별표, 읽음 상태는 논문에 남고, 다이제스트를 다시 가져오면 돌아옵니다.</translation>
    </message>
    <message>
        <source>no smart list called &apos;%1&apos; (paperboy list smart-lists names them)</source>
        <translation>&apos;%1&apos;라는 스마트 목록이 없습니다 (paperboy list smart-lists로 이름을 볼 수 있습니다)</translation>
    </message>
    <message>
        <source>list takes &apos;days&apos;, &apos;papers&apos;, &apos;publishers&apos;, &apos;later&apos; or &apos;smart-lists&apos;</source>
        <translation>list에는 &apos;days&apos;, &apos;papers&apos;, &apos;publishers&apos;, &apos;later&apos;, &apos;smart-lists&apos; 중 하나를 씁니다</translation>
    </message>
    <message>
        <source>stats takes no argument &apos;%1&apos;</source>
        <translation>stats는 인자 &apos;%1&apos;을(를) 받지 않습니다</translation>
    </message>
    <message>
        <source>Reading statistics from %1 to %2 (local dates)</source>
        <translation>%1부터 %2까지의 읽기 통계 (현지 날짜)</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>읽음</translation>
    </message>
    <message numerus="yes">
        <source>%n paper(s)</source>
        <translation>
            <numerusform>논문 %n편</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>on %n day(s)</source>
        <translation>
            <numerusform>%n일 동안</numerusform>
        </translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>간직</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>나중에</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>건너뜀</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>결정</translation>
    </message>
    <message>
        <source>Streak</source>
        <translation>연속</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) now</source>
        <translation>
            <numerusform>지금 %n일</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>longest %n day(s)</source>
        <translation>
            <numerusform>최장 %n일</numerusform>
        </translation>
    </message>
    <message>
        <source>(to %1)</source>
        <translation>(%1까지)</translation>
    </message>
    <message>
        <source>Decisions per week (weeks without any are left out):</source>
        <translation>주별 결정 (결정이 없는 주는 뺍니다):</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>주</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>월요일</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>간직</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>건너뛰기</translation>
    </message>
    <message>
        <source>no decisions</source>
        <translation>결정 없음</translation>
    </message>
    <message>
        <source>Top tags (papers by the month they were first listed):</source>
        <translation>많이 쓴 태그 (처음 실린 달 기준 논문 수):</translation>
    </message>
    <message>
        <source>no tagged papers</source>
        <translation>태그가 붙은 논문 없음</translation>
    </message>
    <message>
        <source>mute list takes no argument &apos;%1&apos;</source>
        <translation>mute list는 인자 &apos;%1&apos;을(를) 받지 않습니다</translation>
    </message>
    <message>
        <source>mute add needs a word or phrase</source>
        <translation>mute add에는 단어나 구절이 필요합니다</translation>
    </message>
    <message>
        <source>muted %1 (%2 papers)</source>
        <translation>%1 숨김 (논문 %2편)</translation>
    </message>
    <message>
        <source>mute remove needs a word or phrase (see mute list)</source>
        <translation>mute remove에는 단어나 구절이 필요합니다 (mute list 참고)</translation>
    </message>
    <message>
        <source>%1 no longer mutes papers</source>
        <translation>%1은(는) 이제 논문을 숨기지 않습니다</translation>
    </message>
    <message>
        <source>The search of this smart list (and the query&apos;s words and filters).</source>
        <translation>이 스마트 목록의 검색 (질의의 단어와 필터도 함께).</translation>
    </message>
    <message>
        <source>The query: words, &quot;phrases&quot;, prefix*, OR, -word (papers without it), an arXiv id, tag:NAME, section:KIND, is:starred, is:unread, is:read, is:later, from:DATE, to:DATE, sort:read|later|day. Options go before a --; a query that starts with - goes after it: paperboy search --json -- -survey diffusion</source>
        <translation>질의: 단어, &quot;구절&quot;, 접두어*, OR, -단어(그 단어가 없는 논문), arXiv id, tag:이름, section:종류, is:starred, is:unread, is:read, is:later, from:날짜, to:날짜, sort:read|later|day. 옵션은 -- 앞에, -로 시작하는 질의는 그 뒤에 씁니다: paperboy search --json -- -survey diffusion</translation>
    </message>
    <message>
        <source>List the days, the papers of every day or of one, the publishers (the folders and sources digests came from, the preferred first), the reading queue in its order, or the smart lists with the number of papers each finds.</source>
        <translation>날짜, 모든 날 또는 한 날의 논문, 발행처(다이제스트가 온 폴더와 소스, 우선하는 것부터), 나중에 읽기 목록(그 순서대로), 또는 스마트 목록과 각 목록이 찾는 논문 수를 보여 줍니다.</translation>
    </message>
    <message>
        <source>Reading statistics: papers read and kept, decisions per week, the most used tags.</source>
        <translation>읽기 통계: 읽은 논문과 간직한 논문, 주별 결정, 많이 쓴 태그.</translation>
    </message>
    <message>
        <source>The first day (default: 364 days before --to).</source>
        <translation>첫날 (기본값: --to보다 364일 전).</translation>
    </message>
    <message>
        <source>The last day (default: today).</source>
        <translation>마지막 날 (기본값: 오늘).</translation>
    </message>
    <message>
        <source>Print the figures as a JSON object.</source>
        <translation>수치를 JSON 객체로 출력합니다.</translation>
    </message>
    <message>
        <source>Days are local dates. Read: papers marked read; kept: papers kept in triage or starred; later, skipped: papers given that decision; decisions: keep, later and skip decisions (events); a streak: days in a row with something read, the current one up to the last day (or the day before while nothing is read on it). Top tags: the five tags with most papers first listed in the range, counted by the month of that first day. JSON fields: from, to; totals {read, kept, later, skipped, decisions, days_read, current_streak, longest_streak, longest_streak_end}; days [{date, read, kept, decisions}], every day; weeks [{week (YYYY-Www), monday, keep, later, skip}], every ISO week that overlaps the range; months [YYYY-MM]; top_tags [{tag, color, papers, per_month (one number per month)}].</source>
        <translation>날짜는 현지 날짜입니다. 읽음: 읽음으로 표시한 논문; 간직: 분류에서 간직했거나 별표한 논문; 나중에, 건너뜀: 그렇게 정한 논문; 결정: 간직, 나중에, 건너뛰기 결정(이벤트); 연속: 무언가 읽은 날이 이어진 일수, 지금의 연속은 마지막 날까지(그날 아직 읽은 것이 없으면 전날까지). 많이 쓴 태그: 기간 안에 처음 실린 논문이 가장 많은 다섯 태그를 처음 실린 달별로 셉니다. JSON 필드: from, to; totals {read, kept, later, skipped, decisions, days_read, current_streak, longest_streak, longest_streak_end}; days [{date, read, kept, decisions}], 날마다; weeks [{week (YYYY-Www), monday, keep, later, skip}], 기간과 겹치는 ISO 주마다; months [YYYY-MM]; top_tags [{tag, color, papers, per_month (달마다 숫자 하나)}].</translation>
    </message>
    <message>
        <source>Mute a word or phrase: papers with it are hidden from their day unless starred.</source>
        <translation>단어나 구절을 숨김 규칙으로: 그것이 있는 논문은 별표가 없으면 그날 목록에서 숨깁니다.</translation>
    </message>
    <message>
        <source>Print the rules afterwards as a JSON array.</source>
        <translation>규칙을 JSON 배열로 출력합니다.</translation>
    </message>
    <message>
        <source>The words are one phrase, searched in titles, summaries and authors: Korean with or without spaces (강화학습 also mutes 강화 학습), English in any case. A phrase that starts with - goes after --.</source>
        <translation>단어들은 하나의 구절로 제목, 요약, 저자에서 찾습니다: 한국어는 띄어쓰기와 상관없이(강화학습은 강화 학습도 숨김), 영어는 대소문자와 상관없이. -로 시작하는 구절은 -- 뒤에 씁니다.</translation>
    </message>
    <message>
        <source>Remove a mute rule: what only it muted is shown again.</source>
        <translation>숨김 규칙을 지웁니다: 그 규칙만 숨기던 논문이 다시 보입니다.</translation>
    </message>
    <message>
        <source>List the mute rules with the papers each mutes.</source>
        <translation>숨김 규칙과 각 규칙이 숨기는 논문 수를 보여 줍니다.</translation>
    </message>
    <message>
        <source>similar takes one paper id</source>
        <translation>similar에는 논문 id 하나를 씁니다</translation>
    </message>
    <message>
        <source>topics takes no argument &apos;%1&apos;</source>
        <translation>topics는 인자 &apos;%1&apos;을(를) 받지 않습니다</translation>
    </message>
    <message>
        <source>The papers of any day most like this one, with the terms they share.</source>
        <translation>이 논문과 가장 비슷한 논문(날짜 상관없이)과 함께 나오는 용어.</translation>
    </message>
    <message>
        <source>At most N papers (default 10).</source>
        <translation>논문 N편까지 (기본값 10).</translation>
    </message>
    <message>
        <source>The paper&apos;s most distinctive terms (tf-idf over the search index) are searched for together; a line per paper: id, date, score (0 to 1, the paper itself would score 1), title, the shared terms. JSON fields: arxiv_id, date, title, score, terms. Exits with 1 for a paper not in the library.</source>
        <translation>논문의 가장 특징적인 용어(검색 색인의 tf-idf)를 함께 찾습니다; 논문마다 한 줄: id, 날짜, 점수(0~1, 논문 자신은 1), 제목, 함께 나오는 용어. JSON 필드: arxiv_id, date, title, score, terms. 라이브러리에 없는 논문이면 1로 끝납니다.</translation>
    </message>
    <message>
        <source>Rising topics: words whose share of papers rose over the last weeks.</source>
        <translation>떠오르는 주제: 최근 몇 주 동안 논문에서 차지하는 비율이 오른 단어.</translation>
    </message>
    <message>
        <source>The first day (default: 26 weeks before the recent weeks).</source>
        <translation>첫날 (기본값: 최근 주들보다 26주 전).</translation>
    </message>
    <message>
        <source>The last day (default: the newest day).</source>
        <translation>마지막 날 (기본값: 가장 최근 날).</translation>
    </message>
    <message>
        <source>At most N topics (default 20).</source>
        <translation>주제 N개까지 (기본값 20).</translation>
    </message>
    <message>
        <source>Print the topics as a JSON object.</source>
        <translation>주제를 JSON 객체로 출력합니다.</translation>
    </message>
    <message>
        <source>Words: English words of three letters or more and Korean words without their particles, from the titles and summaries, common words left out; a paper counts once per word, in the ISO week of the first day a digest showed it. The recent weeks are the last four up to --to (at most half of the range); the score compares a word&apos;s share of their papers with its share of the papers before: ((recent + 1) / (recent papers + 1)) / ((baseline + 1) / (baseline papers + 1)); words in fewer than 5 recent papers, on one day only, with a score below 1.5 or less than 3 standard deviations above their baseline share are left out. A line per topic: term, score, recent papers, baseline papers, separated by tabs. JSON fields: from, to, recent_from (Mondays but to), recent_papers, baseline_papers, weeks [Monday of every week], topics [{term, score, recent, baseline, weekly (papers per week, as weeks), papers [{arxiv_id, date, title}], newest first, at most 100}].</source>
        <translation>단어: 제목과 요약에서 세 글자 이상의 영어 단어와 조사를 뗀 한국어 단어, 흔한 단어는 뺍니다; 논문은 단어마다 한 번, 다이제스트에 처음 나온 날의 ISO 주에 셉니다. 최근 주는 --to까지의 마지막 4주(기간의 절반까지)입니다; 점수는 최근 논문에서 단어가 차지하는 비율을 그 전 논문의 비율과 견줍니다: ((최근 + 1) / (최근 논문 + 1)) / ((이전 + 1) / (이전 논문 + 1)); 최근 논문 5편 미만, 하루에만 나온 단어, 점수 1.5 미만, 이전 비율보다 표준편차 3배 미만으로 높은 단어는 뺍니다. 주제마다 한 줄: 단어, 점수, 최근 논문 수, 이전 논문 수를 탭으로 나눕니다. JSON 필드: from, to, recent_from, recent_papers, baseline_papers, weeks [주마다 월요일], topics [{term, score, recent, baseline, weekly (주별 논문 수), papers [{arxiv_id, date, title}], 최신순, 100편까지}].</translation>
    </message>
    <message>
        <source>rank takes no argument &apos;%1&apos;</source>
        <translation>rank는 인자 &apos;%1&apos;을(를) 받지 않습니다</translation>
    </message>
    <message>
        <source>rank needs --day DATE</source>
        <translation>rank에는 --day 날짜가 필요합니다</translation>
    </message>
    <message>
        <source>not enough signals: %1 papers starred, kept, tagged or noted, %2 needed; the digest&apos;s order follows</source>
        <translation>신호가 부족합니다: 별표·간직·태그·노트한 논문 %1편, %2편 필요; 다이제스트 순서로 보여 줍니다</translation>
    </message>
    <message>
        <source>not enough signals: %1 papers tagged %2, %3 needed; the digest&apos;s order follows</source>
        <translation>신호가 부족합니다: %2 태그 논문 %1편, %3편 필요; 다이제스트 순서로 보여 줍니다</translation>
    </message>
    <message>
        <source>A day&apos;s papers For you: ranked by what you starred, kept, tagged and noted.</source>
        <translation>하루의 논문을 나에게 맞게: 별표·간직·태그·노트한 논문으로 순위를 매깁니다.</translation>
    </message>
    <message>
        <source>The day to rank.</source>
        <translation>순위를 매길 날.</translation>
    </message>
    <message>
        <source>Rank by the papers of this tag only.</source>
        <translation>이 태그의 논문으로만 순위를 매깁니다.</translation>
    </message>
    <message>
        <source>A logistic regression over the papers&apos; English words and Korean bigrams, learned from starred, kept, tagged and noted papers against skipped and read ones (with --tag, the tag&apos;s papers against the rest). A line per paper, best first: id, score (0 to 1), title, the terms that raised the score most. With fewer than 5 such papers (3 for a tag) the digest&apos;s order is printed with - for the score, and a warning. JSON fields: arxiv_id, title, score (null then), reasons, closest_starred (the starred paper most like it, when any).</source>
        <translation>논문의 영어 단어와 한국어 바이그램에 대한 로지스틱 회귀로, 별표·간직·태그·노트한 논문을 건너뛰거나 읽기만 한 논문과 대비해 배웁니다 (--tag이면 그 태그의 논문과 나머지). 논문마다 한 줄, 높은 순: id, 점수(0~1), 제목, 점수를 가장 올린 낱말. 그런 논문이 5편(태그는 3편)보다 적으면 다이제스트 순서로 점수 자리에 -를 찍고 경고합니다. JSON 필드: arxiv_id, title, score(그때는 null), reasons, closest_starred(가장 닮은 별표 논문, 있을 때).</translation>
    </message>
    <message>
        <source>Set up the sync of tags, notes, highlights and reading state through a git folder.</source>
        <translation>태그, 노트, 하이라이트, 읽기 상태를 git 폴더로 동기화하도록 설정합니다.</translation>
    </message>
    <message>
        <source>The remote other machines sync with: a path, file://, ssh:// or https:// URL.</source>
        <translation>다른 기기와 동기화할 원격 저장소: 경로, file://, ssh://, https:// URL.</translation>
    </message>
    <message>
        <source>This machine&apos;s name in the commits (default: the host name).</source>
        <translation>커밋에 쓸 이 기기의 이름 (기본값: 호스트 이름).</translation>
    </message>
    <message>
        <source>The user name of an https remote.</source>
        <translation>https 원격 저장소의 사용자 이름.</translation>
    </message>
    <message>
        <source>Read the https remote&apos;s password or token from standard input into the keychain.</source>
        <translation>https 원격 저장소의 암호나 토큰을 표준 입력에서 읽어 키체인에 둡니다.</translation>
    </message>
    <message>
        <source>DIR becomes a git work tree (an existing one is used as it is). The first sync writes every paper with user data and merges what the remote has. See docs/SYNC.md.</source>
        <translation>DIR은 git 작업 트리가 됩니다 (이미 있으면 그대로 씁니다). 첫 동기화는 사용자 데이터가 있는 모든 논문을 쓰고 원격 저장소의 것과 병합합니다. docs/SYNC.md 참고.</translation>
    </message>
    <message>
        <source>Sync with the other machines: write changed papers, commit, fetch, merge, push.</source>
        <translation>다른 기기와 동기화합니다: 바뀐 논문을 쓰고, 커밋하고, 가져오고, 병합하고, 푸시합니다.</translation>
    </message>
    <message>
        <source>Say what would be sent and received; change nothing.</source>
        <translation>무엇을 보내고 받을지만 말하고 아무것도 바꾸지 않습니다.</translation>
    </message>
    <message>
        <source>This machine&apos;s name in the commits, this time.</source>
        <translation>이번 커밋에 쓸 이 기기의 이름.</translation>
    </message>
    <message>
        <source>Print the result as a JSON object.</source>
        <translation>결과를 JSON 객체로 출력합니다.</translation>
    </message>
    <message>
        <source>Set up first with sync init; sync status shows where it stands. Exits with 0 when synced (or up to date), 3 when the changes are committed here but could not be sent (offline, or the remote refused them; the next sync sends them), 1 on failure. JSON fields: outcome (ok, not-sent, failed), sent, received, conflicts, pushed, commit, message.</source>
        <translation>먼저 sync init으로 설정하세요; sync status가 현재 상태를 보여 줍니다. 동기화되면(또는 이미 최신이면) 0, 여기에 커밋했지만 보내지 못하면(오프라인이거나 원격이 거부; 다음 동기화 때 보냄) 3, 실패하면 1로 끝납니다. JSON 필드: outcome(ok, not-sent, failed), sent, received, conflicts, pushed, commit, message.</translation>
    </message>
    <message>
        <source>The sync&apos;s folder, remote, last sync and the changes waiting to be sent.</source>
        <translation>동기화 폴더, 원격 저장소, 마지막 동기화, 보낼 변경 사항.</translation>
    </message>
    <message>
        <source>Print a JSON object.</source>
        <translation>JSON 객체를 출력합니다.</translation>
    </message>
    <message>
        <source>JSON fields: configured, dir, remote, device, last_sync, last_commit, pending, last_error.</source>
        <translation>JSON 필드: configured, dir, remote, device, last_sync, last_commit, pending, last_error.</translation>
    </message>
</context>
<context>
    <name>CompareExporter</name>
    <message>
        <source>Section</source>
        <translation>섹션</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>비교</translation>
    </message>
</context>
<context>
    <name>CompareModel</name>
    <message>
        <source>Motivation</source>
        <translation>동기</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>기여</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>방법</translation>
    </message>
    <message>
        <source>Experiments</source>
        <translation>실험</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>Limitations</source>
        <translation>한계</translation>
    </message>
    <message>
        <source>Future work</source>
        <translation>향후 연구</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>기타</translation>
    </message>
    <message>
        <source>Your notes</source>
        <translation>내 메모</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>the database is not open</source>
        <translation>데이터베이스가 열려 있지 않습니다</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>폴더를 만들 수 없습니다: %1</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 파일을 열 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1 is not a Paperboy library (%2)</source>
        <translation>%1 파일은 Paperboy 라이브러리가 아닙니다 (%2)</translation>
    </message>
    <message>
        <source>cannot read the schema version of %1</source>
        <translation>%1 파일의 스키마 버전을 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>%1 was written by a newer Paperboy (schema %2; this version knows %3)</source>
        <translation>%1 파일은 더 새로운 Paperboy에서 만들었습니다 (스키마 %2, 이 버전은 %3까지 지원)</translation>
    </message>
    <message>
        <source>cannot back up %1 before upgrading it: %2</source>
        <translation>업그레이드하기 전에 %1 파일을 백업할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>missing migration %1</source>
        <translation>마이그레이션 %1번이 없습니다</translation>
    </message>
    <message>
        <source>upgrading %1 to schema %2 failed: %3</source>
        <translation>%1 파일을 스키마 버전 %2에 맞게 업그레이드하지 못했습니다: %3</translation>
    </message>
    <message>
        <source>the file is only %1 bytes long</source>
        <translation>파일 길이가 %1바이트밖에 되지 않습니다</translation>
    </message>
    <message>
        <source>the file does not start with an SQLite header</source>
        <translation>파일이 SQLite 헤더로 시작하지 않습니다</translation>
    </message>
    <message>
        <source>the header gives an impossible page size (%1)</source>
        <translation>헤더의 페이지 크기가 있을 수 없는 값입니다 (%1)</translation>
    </message>
    <message>
        <source>the file was cut off (%1 bytes; its header says %2)</source>
        <translation>파일이 잘렸습니다 (%1바이트, 헤더에 적힌 크기는 %2)</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1이(가) 손상되었습니다: %2</translation>
    </message>
    <message>
        <source>%1 is not a Paperboy library, or it is damaged: %2</source>
        <translation>%1은(는) Paperboy 라이브러리가 아니거나 손상되었습니다: %2</translation>
    </message>
    <message>
        <source>the file %1 is read-only</source>
        <translation>%1 파일은 읽기 전용입니다</translation>
    </message>
    <message>
        <source>the folder %1 is read-only</source>
        <translation>%1 폴더는 읽기 전용입니다</translation>
    </message>
    <message>
        <source>%1 has schema %2 and needs an upgrade to %3, which needs write access (%4)</source>
        <translation>%1은(는) 스키마 %2이며 %3(으)로 업그레이드해야 하는데, 여기에는 쓰기 권한이 필요합니다 (%4)</translation>
    </message>
    <message>
        <source>SQLite cannot write %1</source>
        <translation>SQLite가 %1에 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>%1 needs an upgrade, which needs write access (%2)</source>
        <translation>%1은(는) 업그레이드가 필요한데, 여기에는 쓰기 권한이 필요합니다 (%2)</translation>
    </message>
    <message>
        <source>the disk that holds it is full</source>
        <translation>라이브러리가 있는 디스크가 가득 찼습니다</translation>
    </message>
</context>
<context>
    <name>DigestImporter</name>
    <message>
        <source>the import was not logged: %1</source>
        <translation>가져오기 기록을 남기지 못했습니다: %1</translation>
    </message>
    <message>
        <source>cannot start a transaction: %1</source>
        <translation>트랜잭션을 시작할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>database error: %1</source>
        <translation>데이터베이스 오류: %1</translation>
    </message>
    <message>
        <source>cannot update the search index</source>
        <translation>검색 색인을 갱신할 수 없습니다</translation>
    </message>
    <message>
        <source>not imported: the disk that holds the library is full</source>
        <translation>가져오지 못했습니다: 라이브러리가 있는 디스크가 가득 찼습니다</translation>
    </message>
    <message>
        <source>cannot commit: %1</source>
        <translation>커밋할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>cannot delete the day: %1</source>
        <translation>이 날짜를 삭제할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>%1 papers in one digest; a digest holds at most %2</source>
        <translation>다이제스트 하나에 논문 %1편: 다이제스트 하나는 최대 %2편까지입니다</translation>
    </message>
    <message>
        <source>%1 already has %2 digests, the most a day holds</source>
        <translation>%1에는 이미 다이제스트가 %2개 있습니다(하루 최대치)</translation>
    </message>
    <message>
        <source>cannot delete the digest: %1</source>
        <translation>다이제스트를 지울 수 없습니다: %1</translation>
    </message>
    <message>
        <source>no such digest</source>
        <translation>그런 다이제스트가 없습니다</translation>
    </message>
</context>
<context>
    <name>DigestParser</name>
    <message>
        <source>invalid bytes (not UTF-8 text) replaced by U+FFFD</source>
        <translation>잘못된 바이트(UTF-8 텍스트가 아님)를 U+FFFD로 바꿨습니다</translation>
    </message>
    <message>
        <source>the code fence opened here is never closed; the summary runs to the next paper</source>
        <translation>여기서 연 코드 펜스가 닫히지 않았습니다. 요약은 다음 논문 앞까지로 봅니다</translation>
    </message>
    <message>
        <source>no summary; the paper is kept with its id and link only</source>
        <translation>요약이 없습니다. 논문은 ID와 링크만 저장합니다</translation>
    </message>
    <message>
        <source>no sections recognised in the summary; it is kept whole</source>
        <translation>요약에서 섹션을 찾지 못했습니다. 요약을 통째로 저장합니다</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>파일이 비어 있습니다</translation>
    </message>
    <message>
        <source>the file is %1 MiB; digests over %2 MiB are refused</source>
        <translation>파일 크기가 %1 MiB입니다. %2 MiB가 넘는 다이제스트는 받지 않습니다</translation>
    </message>
    <message>
        <source>no date: neither a &apos;# … – YYYY-MM-DD&apos; heading nor a YYYY-MM-DD file name</source>
        <translation>날짜가 없습니다: &apos;# … – YYYY-MM-DD&apos; 제목도, YYYY-MM-DD 형식의 파일 이름도 없습니다</translation>
    </message>
    <message>
        <source>no papers: expected &apos;## &lt;arXiv id&gt;&apos; headings</source>
        <translation>논문이 없습니다: &apos;## &lt;arXiv id&gt;&apos; 제목이 있어야 합니다</translation>
    </message>
    <message>
        <source>the paper appears again (first at line %1); this entry is skipped</source>
        <translation>같은 논문이 다시 나옵니다 (처음은 %1번째 줄). 이 항목은 건너뜁니다</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>the file lists %1 papers; a day holds at most %2</source>
        <translation>파일에 논문이 %1편 있습니다. 하루에는 최대 %2편까지만 담을 수 있습니다</translation>
    </message>
    <message>
        <source>&apos;## &lt;arXiv id&gt;&apos; headings</source>
        <translation>&apos;## &lt;arXiv id&gt;&apos; 제목</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>요약</translation>
    </message>
    <message>
        <source>&apos;### [Title](https://arxiv.org/abs/&lt;id&gt;)&apos; headings</source>
        <translation>&apos;### [제목](https://arxiv.org/abs/&lt;id&gt;)&apos; 제목</translation>
    </message>
    <message>
        <source>no date (paper-log layout): neither a &apos;## Daily Papers (YYYY-MM-DD)&apos; heading nor a …/YYYY/MM/DD.md path or a YYYY-MM-DD file name</source>
        <translation>날짜 없음(paper-log 형식): &apos;## Daily Papers (YYYY-MM-DD)&apos; 제목도, …/YYYY/MM/DD.md 경로도, YYYY-MM-DD 파일 이름도 없습니다</translation>
    </message>
    <message>
        <source>the heading “%1” starts no paper of the paper-log layout (a paper starts with &apos;### [Title](https://arxiv.org/abs/&lt;id&gt;)&apos;); the text under it is skipped</source>
        <translation>제목 “%1”은(는) paper-log 형식의 논문 시작이 아닙니다(논문은 &apos;### [제목](https://arxiv.org/abs/&lt;id&gt;)&apos;로 시작합니다). 그 아래 내용은 건너뜁니다</translation>
    </message>
    <message>
        <source>the heading of “%1” has no arXiv link (https://arxiv.org/abs/&lt;id&gt;); the paper is skipped</source>
        <translation>“%1”의 제목에 arXiv 링크(https://arxiv.org/abs/&lt;id&gt;)가 없어 이 논문은 건너뜁니다</translation>
    </message>
    <message>
        <source>no papers (paper-log layout): no &apos;### [Title](https://arxiv.org/abs/&lt;id&gt;)&apos; heading could be read</source>
        <translation>논문 없음(paper-log 형식): &apos;### [제목](https://arxiv.org/abs/&lt;id&gt;)&apos; 제목을 하나도 읽지 못했습니다</translation>
    </message>
    <message>
        <source> or </source>
        <translation> 또는 </translation>
    </message>
    <message>
        <source>no papers: expected %1</source>
        <translation>논문 없음: %1이(가) 있어야 합니다</translation>
    </message>
    <message>
        <source>no date and no papers: not a digest; expected %1</source>
        <translation>날짜도 논문도 없음: 다이제스트가 아닙니다. %1이(가) 있어야 합니다</translation>
    </message>
</context>
<context>
    <name>FetchError</name>
    <message>
        <source>ok</source>
        <translation>정상</translation>
    </message>
    <message>
        <source>the host name was not found (DNS)</source>
        <translation>호스트 이름을 찾을 수 없습니다 (DNS)</translation>
    </message>
    <message>
        <source>cannot connect</source>
        <translation>연결할 수 없습니다</translation>
    </message>
    <message>
        <source>the secure connection failed (TLS)</source>
        <translation>보안 연결에 실패했습니다 (TLS)</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>시간이 초과되었습니다</translation>
    </message>
    <message>
        <source>access denied (HTTP %1)</source>
        <translation>접근이 거부되었습니다 (HTTP %1)</translation>
    </message>
    <message>
        <source>not found (HTTP %1)</source>
        <translation>찾을 수 없습니다 (HTTP %1)</translation>
    </message>
    <message>
        <source>too many requests (HTTP 429)</source>
        <translation>요청이 너무 많습니다 (HTTP 429)</translation>
    </message>
    <message>
        <source>server error (HTTP %1)</source>
        <translation>서버 오류 (HTTP %1)</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>not listed by the index</source>
        <translation>인덱스에 없습니다</translation>
    </message>
    <message>
        <source>too large</source>
        <translation>너무 큽니다</translation>
    </message>
    <message>
        <source>redirect loop</source>
        <translation>리디렉션이 반복됩니다</translation>
    </message>
    <message>
        <source>refused an unsafe redirect</source>
        <translation>안전하지 않은 리디렉션을 거부했습니다</translation>
    </message>
    <message>
        <source>bad format</source>
        <translation>형식이 잘못되었습니다</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <source>no credentials</source>
        <translation>인증 정보가 없습니다</translation>
    </message>
    <message>
        <source>cannot store it</source>
        <translation>저장할 수 없습니다</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>GitRepository</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is not a sync repository: %2</source>
        <translation>%1은(는) 동기화 저장소가 아닙니다: %2</translation>
    </message>
    <message>
        <source>%1 is a bare repository: the sync needs a folder of its own (its remote may be bare)</source>
        <translation>%1은(는) bare 저장소입니다: 동기화에는 자체 폴더가 필요합니다 (원격 저장소는 bare여도 됩니다)</translation>
    </message>
    <message>
        <source>cannot make a git repository in %1: %2</source>
        <translation>%1에 git 저장소를 만들 수 없습니다: %2</translation>
    </message>
    <message>
        <source>cannot remove the remote</source>
        <translation>원격 저장소를 지울 수 없습니다</translation>
    </message>
    <message>
        <source>cannot set the remote</source>
        <translation>원격 저장소를 설정할 수 없습니다</translation>
    </message>
    <message>
        <source>cannot add the remote %1</source>
        <translation>원격 저장소 %1을(를) 추가할 수 없습니다</translation>
    </message>
    <message>
        <source>no remote</source>
        <translation>원격 저장소 없음</translation>
    </message>
    <message>
        <source>cannot fetch from %1</source>
        <translation>%1에서 가져올 수 없습니다</translation>
    </message>
    <message>
        <source>the remote has changes this machine has not merged yet</source>
        <translation>원격 저장소에 이 기기가 아직 병합하지 않은 변경이 있습니다</translation>
    </message>
    <message>
        <source>cannot push to %1</source>
        <translation>%1(으)로 푸시할 수 없습니다</translation>
    </message>
    <message>
        <source>the remote refused the push (%1)</source>
        <translation>원격 저장소가 푸시를 거부했습니다 (%1)</translation>
    </message>
    <message>
        <source>no such commit</source>
        <translation>그런 커밋이 없습니다</translation>
    </message>
    <message>
        <source>cannot compare commits</source>
        <translation>커밋을 비교할 수 없습니다</translation>
    </message>
    <message>
        <source>cannot make an index</source>
        <translation>인덱스를 만들 수 없습니다</translation>
    </message>
    <message>
        <source>cannot read a tree</source>
        <translation>트리를 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>cannot store %1</source>
        <translation>%1을(를) 저장할 수 없습니다</translation>
    </message>
    <message>
        <source>cannot write a tree</source>
        <translation>트리를 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>no such tree</source>
        <translation>그런 트리가 없습니다</translation>
    </message>
    <message>
        <source>cannot sign the commit</source>
        <translation>커밋에 서명할 수 없습니다</translation>
    </message>
    <message>
        <source>cannot commit</source>
        <translation>커밋할 수 없습니다</translation>
    </message>
    <message>
        <source>cannot move the branch</source>
        <translation>브랜치를 옮길 수 없습니다</translation>
    </message>
    <message>
        <source>cannot set HEAD</source>
        <translation>HEAD를 설정할 수 없습니다</translation>
    </message>
    <message>
        <source>cannot update the files of %1</source>
        <translation>%1의 파일을 갱신할 수 없습니다</translation>
    </message>
</context>
<context>
    <name>LibraryRecovery</name>
    <message>
        <source>There is no library at %1 yet; a new one is made when it opens.</source>
        <translation>%1에는 아직 라이브러리가 없습니다. 열 때 새로 만들어집니다.</translation>
    </message>
    <message>
        <source>search index: %1</source>
        <translation>검색 색인: %1</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1이(가) 손상되었습니다: %2</translation>
    </message>
    <message>
        <source>%1 is whole.</source>
        <translation>%1은(는) 온전합니다.</translation>
    </message>
    <message>
        <source>cannot move the damaged library %1 aside to %2</source>
        <translation>손상된 라이브러리 %1을(를) %2(으)로 옮겨 둘 수 없습니다</translation>
    </message>
    <message>
        <source>cannot move %1 aside</source>
        <translation>%1을(를) 옮겨 둘 수 없습니다</translation>
    </message>
    <message>
        <source>there is no usable backup of %1; rebuild it from the digests instead</source>
        <translation>%1의 쓸 수 있는 백업이 없습니다. 대신 다이제스트로부터 다시 만드세요</translation>
    </message>
    <message>
        <source>the backup %1 cannot be used: %2</source>
        <translation>백업 %1을(를) 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>cannot copy the backup %1 to %2</source>
        <translation>백업 %1을(를) %2(으)로 복사할 수 없습니다</translation>
    </message>
</context>
<context>
    <name>LibraryUpgrade</name>
    <message>
        <source>Paperboy</source>
        <translation>Paperboy</translation>
    </message>
    <message>
        <source>Upgrading the library to a new format. This happens once and can take a minute for a large library.
The library as it was is kept in %1.</source>
        <translation>라이브러리를 새 형식으로 업그레이드하는 중입니다. 한 번만 진행되며, 큰 라이브러리는 1분 정도 걸릴 수 있습니다.
이전 상태의 라이브러리는 %1에 보관됩니다.</translation>
    </message>
</context>
<context>
    <name>MuteRules</name>
    <message>
        <source>a mute rule has at most %1 characters</source>
        <translation>숨김 규칙은 %1자까지입니다</translation>
    </message>
    <message>
        <source>a mute rule needs a word</source>
        <translation>숨김 규칙에는 단어가 필요합니다</translation>
    </message>
    <message>
        <source>“%1” is already a mute rule</source>
        <translation>“%1”은(는) 이미 숨김 규칙입니다</translation>
    </message>
    <message>
        <source>“%1” is not a mute rule</source>
        <translation>“%1”은(는) 숨김 규칙이 아닙니다</translation>
    </message>
</context>
<context>
    <name>NetworkCommands</name>
    <message>
        <source>never</source>
        <translation>한 번도 없음</translation>
    </message>
    <message>
        <source>sources add needs a NAME and a URL</source>
        <translation>sources add에는 NAME과 URL이 필요합니다</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a source name</source>
        <translation>소스 이름으로 쓸 수 없습니다: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--kind takes digest or hf</source>
        <translation>--kind에는 digest나 hf를 지정해야 합니다</translation>
    </message>
    <message>
        <source>--user needs the password from --token-from-stdin</source>
        <translation>--user를 쓰려면 --token-from-stdin으로 비밀번호를 주어야 합니다</translation>
    </message>
    <message>
        <source>there is a source named %1 already</source>
        <translation>같은 이름의 소스가 이미 있습니다: %1</translation>
    </message>
    <message>
        <source>no token on standard input</source>
        <translation>표준 입력에 토큰이 없습니다</translation>
    </message>
    <message>
        <source>the source was not added and its secret not stored: %1</source>
        <translation>소스를 추가하지 않았고 비밀 정보도 저장하지 않았습니다: %1</translation>
    </message>
    <message>
        <source>added source %1 (%2): %3</source>
        <translation>소스를 추가했습니다: %1 (%2): %3</translation>
    </message>
    <message>
        <source>its secret is in the system keychain</source>
        <translation>비밀 정보는 시스템 키체인에 있습니다</translation>
    </message>
    <message>
        <source>no sources (add one with: paperboy sources add NAME URL)</source>
        <translation>소스가 없습니다 (추가하려면: paperboy sources add NAME URL)</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>사용</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>사용 안 함</translation>
    </message>
    <message>
        <source>sources remove needs one NAME</source>
        <translation>sources remove에는 NAME 하나가 필요합니다</translation>
    </message>
    <message>
        <source>there is no source named %1</source>
        <translation>그런 이름의 소스가 없습니다: %1</translation>
    </message>
    <message>
        <source>removed source %1</source>
        <translation>소스를 제거했습니다: %1</translation>
    </message>
    <message>
        <source>its secret could not be removed from the keychain: %1</source>
        <translation>키체인에서 비밀 정보를 제거하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>변경 없음</translation>
    </message>
    <message>
        <source>unchanged (%1)</source>
        <translation>변경 없음 (%1)</translation>
    </message>
    <message>
        <source>failed: %1 [%2]</source>
        <translation>실패: %1 [%2]</translation>
    </message>
    <message>
        <source>fetch takes no argument &apos;%1&apos;</source>
        <translation>fetch에는 인수를 쓸 수 없습니다(&apos;%1&apos;)</translation>
    </message>
    <message>
        <source>%1 days: %2 fetched, %3 unchanged, %4 failed</source>
        <translation>%1일: 받음 %2, 변경 없음 %3, 실패 %4</translation>
    </message>
    <message>
        <source>stored %1 papers (%2 without a digest)</source>
        <translation>논문 %1편 저장함 (%2편은 다이제스트 없음)</translation>
    </message>
    <message>
        <source>stored %1 papers</source>
        <translation>논문 %1편 저장함</translation>
    </message>
    <message>
        <source>imported %1 papers</source>
        <translation>논문 %1편 가져옴</translation>
    </message>
</context>
<context>
    <name>NetworkStore</name>
    <message>
        <source>a source needs a name</source>
        <translation>소스에는 이름이 있어야 합니다</translation>
    </message>
    <message>
        <source>there is a source named %1 already</source>
        <translation>같은 이름의 소스가 이미 있습니다: %1</translation>
    </message>
    <message>
        <source>cannot add the source %1: %2</source>
        <translation>소스를 추가할 수 없습니다: %1: %2</translation>
    </message>
    <message>
        <source>cannot remove the source %1: %2</source>
        <translation>소스를 제거할 수 없습니다: %1: %2</translation>
    </message>
    <message>
        <source>there is no source named %1</source>
        <translation>그런 이름의 소스가 없습니다: %1</translation>
    </message>
    <message>
        <source>cannot remember the validators of %1: %2</source>
        <translation>%1의 캐시 검증 정보(ETag 등)를 저장할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>cannot start a transaction: %1</source>
        <translation>트랜잭션을 시작할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>cannot store the paper metadata of %1: %2</source>
        <translation>%1의 논문 메타데이터를 저장할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>cannot commit: %1</source>
        <translation>커밋할 수 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>NotesExporter</name>
    <message>
        <source>Paperboy notes</source>
        <translation>Paperboy 메모</translation>
    </message>
    <message>
        <source>Papers: %1 · exported %2</source>
        <translation>논문: %1편 · 내보낸 시각: %2</translation>
    </message>
    <message>
        <source>★ starred</source>
        <translation>★ 별표</translation>
    </message>
    <message>
        <source>tags: %1</source>
        <translation>태그: %1</translation>
    </message>
    <message>
        <source>Highlights</source>
        <translation>하이라이트</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>요약</translation>
    </message>
    <message>
        <source>Related</source>
        <translation>관련 논문</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>목차</translation>
    </message>
    <message>
        <source>PDF export needs the graphical application (fonts)</source>
        <translation>PDF로 내보내려면 그래픽 애플리케이션(글꼴)이 필요합니다</translation>
    </message>
    <message>
        <source>cannot start the PDF</source>
        <translation>PDF를 만들기 시작할 수 없습니다</translation>
    </message>
    <message>
        <source>%1 chosen papers</source>
        <translation>선택한 논문 %1편</translation>
    </message>
    <message>
        <source>marked papers</source>
        <translation>비교 대상으로 표시한 논문</translation>
    </message>
    <message>
        <source>search results</source>
        <translation>검색 결과</translation>
    </message>
    <message>
        <source>tag “%1”</source>
        <translation>“%1” 태그</translation>
    </message>
    <message>
        <source>starred</source>
        <translation>별표한 논문</translation>
    </message>
    <message>
        <source>annotated</source>
        <translation>주석을 단 논문</translation>
    </message>
    <message>
        <source>all papers</source>
        <translation>모든 논문</translation>
    </message>
    <message>
        <source>the export was cancelled</source>
        <translation>내보내기를 취소했습니다</translation>
    </message>
    <message>
        <source>no destination given</source>
        <translation>저장할 위치를 지정하지 않았습니다</translation>
    </message>
    <message>
        <source>%1 is a folder; give a file name</source>
        <translation>%1 경로는 폴더입니다. 파일 이름을 지정하세요</translation>
    </message>
    <message>
        <source>nothing to write</source>
        <translation>저장할 내용이 없습니다</translation>
    </message>
    <message>
        <source>%1 is a file; md-folder writes into a folder</source>
        <translation>%1 경로는 파일입니다. md-folder는 폴더에 저장합니다</translation>
    </message>
    <message>
        <source>cannot make the folder %1</source>
        <translation>폴더를 만들 수 없습니다: %1</translation>
    </message>
    <message>
        <source>refusing to write the file name “%1”</source>
        <translation>쓸 수 없는 파일 이름입니다: “%1”</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>외 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>wrote %n note(s) into %1 but left alone what is a link or not a regular file there: %2</source>
        <translation>
            <numerusform>%1에 메모 %n개를 저장했지만, 링크이거나 일반 파일이 아닌 것은 건드리지 않았습니다: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Markdown, one file</source>
        <translation>Markdown, 파일 하나</translation>
    </message>
    <message>
        <source>Markdown, one note per paper (Obsidian)</source>
        <translation>Markdown, 논문마다 파일 하나 (Obsidian)</translation>
    </message>
    <message>
        <source>HTML, one self-contained page</source>
        <translation>HTML, 독립된 페이지 하나</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>BibTeX</source>
        <translation>BibTeX</translation>
    </message>
    <message>
        <source>JSON (full backup of your notes)</source>
        <translation>JSON (메모 전체 백업)</translation>
    </message>
    <message>
        <source>CSV, one row per highlight</source>
        <translation>CSV, 하이라이트마다 한 행</translation>
    </message>
    <message>
        <source>summary by %1 (also by %2)</source>
        <translation>%1의 요약 (%2도 요약함)</translation>
    </message>
</context>
<context>
    <name>NotesJson</name>
    <message>
        <source>not valid JSON at byte %1: %2</source>
        <translation>올바른 JSON이 아닙니다 (%1바이트 위치): %2</translation>
    </message>
    <message>
        <source>not a Paperboy notes file (&quot;format&quot; is not &quot;paperboy-notes&quot;)</source>
        <translation>Paperboy 메모 파일이 아닙니다 (&quot;format&quot;이 &quot;paperboy-notes&quot;가 아님)</translation>
    </message>
    <message>
        <source>the notes file has no valid &quot;version&quot;</source>
        <translation>메모 파일에 올바른 &quot;version&quot;이 없습니다</translation>
    </message>
    <message>
        <source>the notes file has version %1; this Paperboy reads up to version %2</source>
        <translation>메모 파일의 버전은 %1입니다. 이 Paperboy는 버전 %2까지 읽을 수 있습니다</translation>
    </message>
    <message>
        <source>&quot;tags&quot; is not a list</source>
        <translation>&quot;tags&quot;가 목록이 아닙니다</translation>
    </message>
    <message>
        <source>tags[%1]: no name</source>
        <translation>tags[%1]: 이름이 없습니다</translation>
    </message>
    <message>
        <source>&quot;papers&quot; is missing or not a list</source>
        <translation>&quot;papers&quot;가 없거나 목록이 아닙니다</translation>
    </message>
    <message>
        <source>papers[%1]: not an object</source>
        <translation>papers[%1]: 객체가 아닙니다</translation>
    </message>
    <message>
        <source>papers[%1]: no valid arxiv_id</source>
        <translation>papers[%1]: 올바른 arxiv_id가 없습니다</translation>
    </message>
    <message>
        <source>papers[%1] (%2): &quot;tags&quot; is not a list</source>
        <translation>papers[%1] (%2): &quot;tags&quot;가 목록이 아닙니다</translation>
    </message>
    <message>
        <source>papers[%1] (%2): &quot;note&quot; is neither text nor an object</source>
        <translation>papers[%1] (%2): &quot;note&quot;가 텍스트도 객체도 아닙니다</translation>
    </message>
    <message>
        <source>papers[%1] (%2): &quot;highlights&quot; is not a list</source>
        <translation>papers[%1] (%2): &quot;highlights&quot;가 목록이 아닙니다</translation>
    </message>
    <message>
        <source>papers[%1] (%2): highlights[%3] has no &quot;exact&quot; text</source>
        <translation>papers[%1] (%2): highlights[%3]에 &quot;exact&quot; 텍스트가 없습니다</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 파일을 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 512 MiB</source>
        <translation>%1 파일이 512 MiB보다 큽니다</translation>
    </message>
    <message>
        <source>papers[%1] (line %2): %3</source>
        <translation>papers[%1] (%2번째 줄): %3</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>외 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paper(s) without a valid arXiv id (such as 2505.16938 or hep-th/9901001): %1</source>
        <translation>
            <numerusform>올바른 arXiv ID(예: 2505.16938, hep-th/9901001)가 없는 논문 %n편: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot keep the replaced notes in %1: %2</source>
        <translation>바뀐 메모를 %1에 보관할 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>Paperboy</name>
    <message>
        <source>Tag “%1”</source>
        <translation>“%1” 태그 추가</translation>
    </message>
    <message>
        <source>Remove tag “%1”</source>
        <translation>“%1” 태그 제거</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>메모 편집</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>하이라이트</translation>
    </message>
    <message>
        <source>Remove highlight</source>
        <translation>하이라이트 제거</translation>
    </message>
    <message numerus="yes">
        <source>Mark %n paper(s) read</source>
        <translation>
            <numerusform>논문 %n편 읽음으로 표시</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n paper(s) unread</source>
        <translation>
            <numerusform>논문 %n편 읽지 않음으로 표시</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Paperboy::Core::CompareModel</name>
    <message>
        <source>summary by %1</source>
        <translation>%1의 요약</translation>
    </message>
</context>
<context>
    <name>Paperboy::Core::DailyBackup</name>
    <message>
        <source>cannot open %1 for its daily backup: %2</source>
        <translation>일일 백업을 위해 라이브러리 파일 %1을(를) 열 수 없습니다: %2</translation>
    </message>
    <message>
        <source>the daily backup of %1 was stopped</source>
        <translation>라이브러리 %1의 일일 백업을 중지했습니다</translation>
    </message>
    <message>
        <source>the daily backup of %1 failed: %2</source>
        <translation>라이브러리 %1의 일일 백업에 실패했습니다: %2</translation>
    </message>
    <message>
        <source>the daily backup %1 cannot be saved: %2</source>
        <translation>일일 백업 파일 %1을(를) 저장할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>the daily backup was made, but older ones cannot be deleted: %1</source>
        <translation>일일 백업은 만들었지만 이전 백업을 삭제할 수 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>Paperboy::Core::DailyPapers</name>
    <message>
        <source>not JSON (%1 at byte %2)</source>
        <translation>JSON이 아닙니다 (%2바이트 위치에서 %1)</translation>
    </message>
    <message>
        <source>not a JSON array of papers</source>
        <translation>논문의 JSON 배열이 아닙니다</translation>
    </message>
    <message>
        <source>entry %1 has no paper id</source>
        <translation>항목 %1에 논문 ID가 없습니다</translation>
    </message>
</context>
<context>
    <name>Paperboy::Core::DayListModel</name>
    <message>
        <source>%1  (%2 / %3)</source>
        <translation>%1  (%2 / %3)</translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <translation>%1  (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n paper(s)</source>
        <translation>
            <numerusform>%1: 논문 %n편</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>읽지 않은 논문 %n편</numerusform>
        </translation>
    </message>
    <message>
        <source>%1  (%2, no digest)</source>
        <translation>%1  (%2, 다이제스트 없음)</translation>
    </message>
    <message numerus="yes">
        <source>%n more listed by Hugging Face without a digest</source>
        <translation>
            <numerusform>다이제스트 없이 Hugging Face 목록에만 있는 논문 %n편</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n muted (hidden by a mute rule)</source>
        <translation>
            <numerusform>숨김 %n편 (숨김 규칙)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Paperboy::Core::Diagnostic</name>
    <message>
        <source>error</source>
        <translation>오류</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>경고</translation>
    </message>
    <message>
        <source>(paper %1)</source>
        <translation>(논문 %1)</translation>
    </message>
</context>
<context>
    <name>Paperboy::Core::FetchRun</name>
    <message>
        <source>already in the library</source>
        <translation>이미 라이브러리에 있습니다</translation>
    </message>
    <message>
        <source>304 to an unconditional request</source>
        <translation>조건 없는 요청에 304로 응답했습니다</translation>
    </message>
    <message>
        <source>the index</source>
        <translation>인덱스</translation>
    </message>
    <message>
        <source>the index: %1</source>
        <translation>인덱스: %1</translation>
    </message>
    <message>
        <source>not modified</source>
        <translation>변경되지 않음</translation>
    </message>
    <message>
        <source>not a digest</source>
        <translation>다이제스트가 아닙니다</translation>
    </message>
    <message>
        <source>the digest is for %1, not %2</source>
        <translation>%2 날짜가 아니라 %1 날짜의 다이제스트입니다</translation>
    </message>
    <message>
        <source>same digest as before</source>
        <translation>이전과 같은 다이제스트입니다</translation>
    </message>
</context>
<context>
    <name>Paperboy::Core::FetchTask</name>
    <message>
        <source>the refresh is running already</source>
        <translation>이미 새로 고치는 중입니다</translation>
    </message>
    <message>
        <source>no sources to fetch from (add one with: paperboy sources add NAME URL)</source>
        <translation>가져올 소스가 없습니다 (추가하려면: paperboy sources add NAME URL)</translation>
    </message>
    <message>
        <source>there is no source named %1</source>
        <translation>그런 이름의 소스가 없습니다: %1</translation>
    </message>
    <message>
        <source>the range starts (%1) after it ends (%2)</source>
        <translation>범위의 시작(%1)이 끝(%2)보다 늦습니다</translation>
    </message>
    <message>
        <source>at most %1 days at a time</source>
        <translation>한 번에 최대 %1일까지 가져올 수 있습니다</translation>
    </message>
</context>
<context>
    <name>Paperboy::Core::HttpJob</name>
    <message>
        <source>no answer within %1 s</source>
        <translation>%1초 안에 응답이 없습니다</translation>
    </message>
    <message>
        <source>not an http(s) URL: %1</source>
        <translation>http(s) URL이 아닙니다: %1</translation>
    </message>
    <message>
        <source>%1 MiB announced, the limit is %2 MiB</source>
        <translation>크기가 %1 MiB라고 알려 왔지만 한도는 %2 MiB입니다</translation>
    </message>
    <message>
        <source>more than %1 MiB received</source>
        <translation>%1 MiB 넘게 받았습니다</translation>
    </message>
    <message>
        <source>redirect to another scheme: %1</source>
        <translation>다른 스킴으로 리디렉션: %1</translation>
    </message>
    <message>
        <source>redirect from https to http: %1</source>
        <translation>https에서 http로 리디렉션: %1</translation>
    </message>
    <message>
        <source>redirect to another host with credentials: %1</source>
        <translation>인증 정보를 가진 채 다른 호스트로 리디렉션: %1</translation>
    </message>
    <message>
        <source>back to %1</source>
        <translation>이미 거쳐 간 주소로 되돌아감: %1</translation>
    </message>
    <message>
        <source>more than %1 redirects</source>
        <translation>리디렉션이 %1번을 넘었습니다</translation>
    </message>
    <message>
        <source>the server asks to wait %1 s</source>
        <translation>서버가 %1초 기다려 달라고 요청했습니다</translation>
    </message>
    <message>
        <source>nothing received for %1 s</source>
        <translation>%1초 동안 아무것도 받지 못했습니다</translation>
    </message>
    <message>
        <source>headers of %1 KiB, the limit is %2 KiB</source>
        <translation>헤더가 %1 KiB인데 한도는 %2 KiB입니다</translation>
    </message>
</context>
<context>
    <name>Paperboy::Core::Library</name>
    <message>
        <source>The library is open read-only (%1): changes cannot be saved.</source>
        <translation>라이브러리가 읽기 전용으로 열렸습니다 (%1). 변경 사항을 저장할 수 없습니다.</translation>
    </message>
    <message>
        <source>Another program was writing to the library when it opened: changes wait until it is done.</source>
        <translation>라이브러리를 열 때 다른 프로그램이 쓰고 있었습니다. 변경 사항은 그 작업이 끝날 때까지 기다립니다.</translation>
    </message>
</context>
<context>
    <name>Paperboy::Core::PaperTreeModel</name>
    <message>
        <source>%1
%2
No digest yet: listed by Hugging Face, shown with its abstract</source>
        <translation>%1
%2
아직 다이제스트 없음: Hugging Face 목록에 있는 논문으로, 초록을 보여 줍니다</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Muted: a mute rule matches its summary</source>
        <translation>숨김: 숨김 규칙이 요약과 맞습니다</translation>
    </message>
    <message>
        <source>Listed before with the same summary, first on %1</source>
        <translation>같은 요약으로 전에 실렸습니다, 처음 %1</translation>
    </message>
    <message>
        <source>Updated: listed before with another summary, first on %1</source>
        <translation>갱신됨: 다른 요약으로 전에 실렸습니다, 처음 %1</translation>
    </message>
    <message>
        <source>For you: %1%</source>
        <translation>나에게 맞게: %1%</translation>
    </message>
    <message>
        <source>Because of: %1</source>
        <translation>이유: %1</translation>
    </message>
    <message>
        <source>Closest starred paper: %1 (%2)</source>
        <translation>가장 닮은 별표 논문: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>Paperboy::Core::SingleInstance</name>
    <message>
        <source>cannot make the folder %1: %2</source>
        <translation>폴더(%1)를 만들 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1 is not a folder only you can enter</source>
        <translation>폴더 %1은(는) 나만 들어갈 수 있는 폴더가 아닙니다</translation>
    </message>
    <message>
        <source>cannot tell whose process listens at %1 (%2): nothing was handed to it</source>
        <translation>소켓(%1)에서 기다리는 프로세스가 누구의 것인지 알 수 없습니다(%2). 아무것도 넘기지 않았습니다</translation>
    </message>
    <message>
        <source>the process listening at %1 runs as user %2, not as you: nothing was handed to it</source>
        <translation>소켓(%1)에서 기다리는 프로세스는 내가 아닌 사용자 %2로 실행 중입니다. 아무것도 넘기지 않았습니다</translation>
    </message>
</context>
<context>
    <name>Paperboy::Core::UserDataBackup</name>
    <message>
        <source>cannot read the library for its backup: %1</source>
        <translation>백업하려고 라이브러리를 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>cannot write the backup %1: %2</source>
        <translation>백업 %1에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Paperboy::Ui::AddSourceDialog</name>
    <message>
        <source>Add Source</source>
        <translation>소스 추가</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>Bearer 토큰</translation>
    </message>
    <message>
        <source>User and password</source>
        <translation>사용자와 비밀번호</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>이름(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>종류(&amp;K):</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>URL(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Sign-in:</source>
        <translation>로그인(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>사용자(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Token or password:</source>
        <translation>토큰 또는 비밀번호(&amp;T):</translation>
    </message>
    <message>
        <source>Give the source a name.</source>
        <translation>소스 이름을 입력하세요.</translation>
    </message>
    <message>
        <source>There is a source named “%1” already.</source>
        <translation>“%1”이라는 소스가 이미 있습니다.</translation>
    </message>
    <message>
        <source>Give the user name for the password.</source>
        <translation>비밀번호에 쓸 사용자 이름을 입력하세요.</translation>
    </message>
    <message>
        <source>Give the token or password, or choose no sign-in.</source>
        <translation>토큰이나 비밀번호를 입력하거나, 로그인 없음을 고르세요.</translation>
    </message>
    <message>
        <source>The token was not stored and the source was not added: %1</source>
        <translation>토큰을 저장하지 못해 소스를 추가하지 않았습니다: %1</translation>
    </message>
</context>
<context>
    <name>Paperboy::Ui::AnnotationController</name>
    <message>
        <source>No tags to remove</source>
        <translation>제거할 태그가 없습니다</translation>
    </message>
    <message>
        <source>Select text in the summary first</source>
        <translation>먼저 요약에서 텍스트를 선택하세요</translation>
    </message>
    <message>
        <source>Every paper here is read already</source>
        <translation>여기 있는 논문은 모두 이미 읽었습니다</translation>
    </message>
    <message numerus="yes">
        <source>%n paper(s) marked read (Ctrl+Z undoes it)</source>
        <translation>
            <numerusform>논문 %n편을 읽음으로 표시했습니다 (Ctrl+Z로 되돌립니다)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Paperboy::Ui::CaretMode</name>
    <message>
        <source>start / end selecting with the keyboard</source>
        <translation>키보드 선택 시작 / 끝</translation>
    </message>
    <message>
        <source>extend by a character / a line (or the arrows)</source>
        <translation>한 글자 / 한 줄씩 늘이기 (화살표도 됨)</translation>
    </message>
    <message>
        <source>extend to the next / previous word</source>
        <translation>다음 / 이전 단어까지 늘이기</translation>
    </message>
    <message>
        <source>extend to the start / end of the line</source>
        <translation>줄의 처음 / 끝까지 늘이기</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>highlight the selection (Shift+Enter: with a comment)</source>
        <translation>선택한 부분 강조 (Shift+Enter: 메모와 함께)</translation>
    </message>
    <message>
        <source>copy the selection</source>
        <translation>선택한 부분 복사</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>stop selecting</source>
        <translation>선택 그만두기</translation>
    </message>
    <message>
        <source>Selecting: h j k l, w b, 0 $ extend · Enter highlights · y copies · Esc stops</source>
        <translation>선택 중: h j k l, w b, 0 $ 로 늘이기 · Enter 강조 · y 복사 · Esc 그만두기</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n character(s)</source>
        <translation>
            <numerusform>%n글자를 복사했습니다</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Paperboy::Ui::CheatSheet</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>단축키</translation>
    </message>
    <message>
        <source>Arrows scroll; any other key closes.</source>
        <translation>화살표로 스크롤하고, 다른 키를 누르면 닫힙니다.</translation>
    </message>
    <message>
        <source>Selecting in the summary (after v)</source>
        <translation>요약에서 선택하기 (v 다음)</translation>
    </message>
</context>
<context>
    <name>Paperboy::Ui::CommandPalette</name>
    <message>
        <source>Command Palette</source>
        <translation>명령 팔레트</translation>
    </message>
    <message>
        <source>Type an action, a date or words of a paper…</source>
        <translation>동작, 날짜 또는 논문의 단어를 입력하세요…</translation>
    </message>
    <message numerus="yes">
        <source>Comparison “%1” (%n paper(s))</source>
        <translation>
            <numerusform>비교 “%1” (논문 %n편)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Day %1 (%n paper(s))</source>
        <translation>
            <numerusform>날짜 %1 (논문 %n편)</numerusform>
        </translation>
    </message>
    <message>
        <source>Paper %1 — %2</source>
        <translation>논문 %1 — %2</translation>
    </message>
</context>
<context>
    <name>Paperboy::Ui::CompareController</name>
    <message>
        <source>At most %1 papers can be compared; unmark one first (X) or clear the marks (Shift+X)</source>
        <translation>논문은 최대 %1편까지 비교할 수 있습니다. 먼저 하나를 표시 해제(X)하거나 표시를 모두 해제(Shift+X)하세요</translation>
    </message>
    <message numerus="yes">
        <source>%n paper(s) marked for comparison</source>
        <translation>
            <numerusform>비교 대상으로 표시한 논문 %n편</numerusform>
        </translation>
    </message>
    <message>
        <source>Comparison marks cleared</source>
        <translation>비교 표시를 모두 해제했습니다</translation>
    </message>
    <message>
        <source>Mark at least two papers with X to compare them</source>
        <translation>비교하려면 X로 논문을 두 편 이상 표시하세요</translation>
    </message>
    <message>
        <source>No saved comparisons yet: open one with C and save it with Ctrl+S</source>
        <translation>저장한 비교가 아직 없습니다. C로 비교를 열고 Ctrl+S로 저장하세요</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>비교</translation>
    </message>
    <message>
        <source>Only one publisher summarised this paper</source>
        <translation>이 논문을 요약한 발행처는 하나뿐입니다</translation>
    </message>
</context>
<context>
    <name>Paperboy::Ui::CompareTray</name>
    <message>
        <source>Compare</source>
        <translation>비교</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>표시 해제</translation>
    </message>
    <message>
        <source>Papers marked for comparison</source>
        <translation>비교 대상으로 표시한 논문</translation>
    </message>
    <message>
        <source>Open the marked papers side by side (C)</source>
        <translation>표시한 논문을 나란히 열기 (C)</translation>
    </message>
    <message>
        <source>Unmark every paper (Shift+X)</source>
        <translation>모든 논문의 비교 표시 해제 (Shift+X)</translation>
    </message>
    <message>
        <source>(not in the library)</source>
        <translation>(라이브러리에 없음)</translation>
    </message>
    <message>
        <source>Mark papers with X (2 to 6), then press C.</source>
        <translation>X로 논문을 2~6편 표시한 뒤 C를 누르세요.</translation>
    </message>
    <message numerus="yes">
        <source>%n paper(s) marked.</source>
        <translation>
            <numerusform>논문 %n편 표시됨.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Paperboy::Ui::CompareView</name>
    <message>
        <source>Comparison</source>
        <translation>비교</translation>
    </message>
    <message>
        <source>&amp;Open in Reader</source>
        <translation>리더에서 열기(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Highlight Selection</source>
        <translation>선택 영역 하이라이트(&amp;H)</translation>
    </message>
    <message>
        <source>Highlight with &amp;Comment…</source>
        <translation>코멘트와 함께 하이라이트(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>복사(&amp;C)</translation>
    </message>
    <message>
        <source>Move Column &amp;Left</source>
        <translation>열을 왼쪽으로 이동(&amp;L)</translation>
    </message>
    <message>
        <source>Move Column &amp;Right</source>
        <translation>열을 오른쪽으로 이동(&amp;R)</translation>
    </message>
    <message>
        <source>Re&amp;move Paper from Comparison</source>
        <translation>비교에서 논문 빼기(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>내보내기(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Save Comparison…</source>
        <translation>비교 저장(&amp;S)…</translation>
    </message>
    <message>
        <source>Clo&amp;se</source>
        <translation>닫기(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Next Section</source>
        <translation>다음 섹션(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous Section</source>
        <translation>이전 섹션(&amp;P)</translation>
    </message>
    <message>
        <source>Section &amp;%1</source>
        <translation>섹션 %1(&amp;%1)</translation>
    </message>
    <message>
        <source>Show &amp;All Sections</source>
        <translation>모든 섹션 보기(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Comparison</source>
        <translation>비교(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>이동(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Sections</source>
        <translation>섹션(&amp;S)</translation>
    </message>
    <message numerus="yes">
        <source>Compare %n paper(s)</source>
        <translation>
            <numerusform>논문 %n편 비교</numerusform>
        </translation>
    </message>
    <message>
        <source>No note</source>
        <translation>메모 없음</translation>
    </message>
    <message>
        <source>Not in this summary</source>
        <translation>이 요약에는 없음</translation>
    </message>
    <message>
        <source>%1 is hidden (Sections menu)</source>
        <translation>%1 섹션은 숨겨져 있습니다 (섹션 메뉴)</translation>
    </message>
    <message>
        <source>Select text in a cell first</source>
        <translation>먼저 칸에서 텍스트를 선택하세요</translation>
    </message>
    <message>
        <source>Notes are yours to edit, not to highlight</source>
        <translation>메모는 편집할 수 있지만 하이라이트할 수는 없습니다</translation>
    </message>
    <message>
        <source>Highlighted in %1</source>
        <translation>%1 논문에 하이라이트를 추가했습니다</translation>
    </message>
    <message>
        <source>At least one section stays shown</source>
        <translation>섹션을 하나 이상은 보여야 합니다</translation>
    </message>
    <message>
        <source>Markdown table (*.md)</source>
        <translation>Markdown 표 (*.md)</translation>
    </message>
    <message>
        <source>HTML page (*.html)</source>
        <translation>HTML 페이지 (*.html)</translation>
    </message>
    <message>
        <source>CSV for spreadsheets (*.csv)</source>
        <translation>스프레드시트용 CSV (*.csv)</translation>
    </message>
    <message>
        <source>comparison</source>
        <translation>비교</translation>
    </message>
    <message>
        <source>Export Comparison</source>
        <translation>비교 내보내기</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>내보냈습니다: %1</translation>
    </message>
    <message>
        <source>Save Comparison</source>
        <translation>비교 저장</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>이름:</translation>
    </message>
    <message>
        <source>Saved as “%1”; reopen it from the command palette</source>
        <translation>“%1” 이름으로 저장했습니다. 명령 팔레트에서 다시 열 수 있습니다</translation>
    </message>
    <message>
        <source>The rest of this section is cut here: a comparison cell shows at most %1 characters, and %2 of a line. The paper&apos;s summary shows all of it (Enter opens the paper).</source>
        <translation>이 섹션의 나머지는 여기서 잘렸습니다. 비교 칸에는 최대 %1자, 한 줄에 %2자까지만 표시됩니다. 전체 내용은 논문의 요약에서 볼 수 있습니다(Enter로 논문 열기).</translation>
    </message>
</context>
<context>
    <name>Paperboy::Ui::DayDelegate</name>
    <message>
        <source>MMMM yyyy</source>
        <extracomment>The heading above a month&apos;s days in the day list, e.g. &quot;June 2025&quot; / &quot;2025년 6월&quot;.</extracomment>
        <translation>yyyy년 MMMM</translation>
    </message>
    <message numerus="yes">
        <source>%n muted</source>
        <extracomment>Below a day in the day list: papers a mute rule hides (View › Show Muted Papers shows them).</extracomment>
        <translation>
            <numerusform>숨김 %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Paperboy::Ui::DecisionsChart</name>
    <message>
        <source>Keep</source>
        <translation>간직</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>나중에</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>건너뛰기</translation>
    </message>
    <message>
        <source>Decisions per week</source>
        <translation>주별 결정</translation>
    </message>
    <message>
        <source>Week %1 (from %2): %3 kept, %4 later, %5 skipped</source>
        <extracomment>A bar of the weekly decisions chart: ISO week number, its Monday, the counts.</extracomment>
        <translation>%1주 (%2부터): 간직 %3, 나중에 %4, 건너뜀 %5</translation>
    </message>
</context>
<context>
    <name>Paperboy::Ui::ExportDialog</name>
    <message>
        <source>&amp;Highlights</source>
        <translation>하이라이트(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>메모(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Tags</source>
        <translation>태그(&amp;T)</translation>
    </message>
    <message>
        <source>Export Notes</source>
        <translation>메모 내보내기</translation>
    </message>
    <message>
        <source>Current paper</source>
        <translation>현재 논문</translation>
    </message>
    <message>
        <source>Papers marked for comparison</source>
        <translation>비교 대상으로 표시한 논문</translation>
    </message>
    <message>
        <source>A day</source>
        <translation>특정 날짜</translation>
    </message>
    <message>
        <source>A range of days</source>
        <translation>날짜 범위</translation>
    </message>
    <message>
        <source>A tag</source>
        <translation>특정 태그</translation>
    </message>
    <message>
        <source>Starred papers</source>
        <translation>별표한 논문</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>검색 결과</translation>
    </message>
    <message>
        <source>Everything annotated (tag, note, highlight or star)</source>
        <translation>주석을 단 모든 논문 (태그, 메모, 하이라이트, 별표)</translation>
    </message>
    <message>
        <source>All papers</source>
        <translation>모든 논문</translation>
    </message>
    <message>
        <source>Search words and filters, as in the search field</source>
        <translation>검색창에서처럼 검색어와 필터를 입력하세요</translation>
    </message>
    <message>
        <source>Full summaries</source>
        <translation>요약 전체</translation>
    </message>
    <message>
        <source>Only sections with highlights</source>
        <translation>하이라이트가 있는 섹션만</translation>
    </message>
    <message>
        <source>No summaries</source>
        <translation>요약 없음</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>찾아보기…</translation>
    </message>
    <message>
        <source>to</source>
        <translation>~</translation>
    </message>
    <message>
        <source>&amp;Papers:</source>
        <translation>논문(&amp;P):</translation>
    </message>
    <message>
        <source>Ta&amp;g:</source>
        <translation>태그(&amp;G):</translation>
    </message>
    <message>
        <source>&amp;Days:</source>
        <translation>날짜(&amp;D):</translation>
    </message>
    <message>
        <source>Searc&amp;h:</source>
        <translation>검색(&amp;H):</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>형식(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Summaries:</source>
        <translation>요약(&amp;S):</translation>
    </message>
    <message>
        <source>Include:</source>
        <translation>포함:</translation>
    </message>
    <message>
        <source>Page si&amp;ze:</source>
        <translation>용지 크기(&amp;Z):</translation>
    </message>
    <message>
        <source>Dest&amp;ination:</source>
        <translation>저장 위치(&amp;I):</translation>
    </message>
    <message>
        <source>Preview of the first paper</source>
        <translation>첫 논문 미리 보기</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>내보내기(&amp;E)</translation>
    </message>
    <message>
        <source>Preview of the first paper:</source>
        <translation>첫 논문 미리 보기:</translation>
    </message>
    <message>
        <source>Nothing chosen.</source>
        <translation>선택한 것이 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n paper(s) in this choice.</source>
        <translation>
            <numerusform>선택한 논문은 %n편입니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>No paper matches this choice.</source>
        <translation>선택에 맞는 논문이 없습니다.</translation>
    </message>
    <message>
        <source>Export into Folder</source>
        <translation>폴더로 내보내기</translation>
    </message>
    <message>
        <source>Export to File</source>
        <translation>파일로 내보내기</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>%1 파일 (*.%2)</translation>
    </message>
    <message>
        <source>No paper matches this choice; nothing was written.</source>
        <translation>선택에 맞는 논문이 없어 아무것도 저장하지 않았습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n paper(s)…</source>
        <translation>
            <numerusform>논문 %n편 내보내는 중…</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>내보내기를 취소해 아무것도 저장하지 않았습니다.</translation>
    </message>
    <message>
        <source>Export failed: %1. Nothing was replaced.</source>
        <translation>내보내기 실패: %1. 기존 파일은 그대로 두었습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Exported to %1 (%n page(s)).</source>
        <translation>
            <numerusform>내보냈습니다: %1 (%n쪽).</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>내보냈습니다: %1.</translation>
    </message>
    <message>
        <source>Exported to %1: only the header row, as these papers have no highlights.</source>
        <translation>내보냈습니다: %1. 이 논문들에 하이라이트가 없어 머리글 행만 있습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Exported to %1 (%n highlight(s)).</source>
        <translation>
            <numerusform>내보냈습니다: %1 (하이라이트 %n개).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Paperboy::Ui::ForYouController</name>
    <message>
        <source>For you is still learning from your signals; try again in a moment.</source>
        <translation>나에게 맞게가 아직 신호를 배우는 중입니다; 잠시 뒤에 다시 해 보세요.</translation>
    </message>
    <message numerus="yes">
        <source>No tag has %n paper(s) yet: For You by Tag learns from a tag&apos;s own papers.</source>
        <translation>
            <numerusform>아직 논문이 %n편인 태그가 없습니다: 태그별 나에게 맞게는 태그의 논문으로 배웁니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>All my signals</source>
        <translation>내 모든 신호</translation>
    </message>
    <message>
        <source>For You by Tag</source>
        <translation>태그별 나에게 맞게</translation>
    </message>
    <message>
        <source>Rank the day by the papers of:</source>
        <translation>이날을 이 논문들로 순위 매기기:</translation>
    </message>
    <message>
        <source>The day in the digest&apos;s order</source>
        <translation>이날을 다이제스트 순서로</translation>
    </message>
    <message>
        <source>For you: learning from your signals…</source>
        <translation>나에게 맞게: 신호를 배우는 중…</translation>
    </message>
    <message>
        <source>The model is built from the papers you starred, kept, tagged, noted, skipped and read; the day keeps the digest&apos;s order until it is ready.</source>
        <translation>모델은 별표·간직·태그·노트·건너뛰기·읽음 표시한 논문으로 만듭니다; 준비될 때까지 이날은 다이제스트 순서입니다.</translation>
    </message>
    <message>
        <source>For you needs at least %1 papers you starred, kept, tagged or noted (%2 so far): digest&apos;s order.</source>
        <translation>나에게 맞게에는 별표·간직·태그·노트한 논문이 %1편 이상 필요합니다 (지금 %2편): 다이제스트 순서.</translation>
    </message>
    <message>
        <source>For you by “%1” needs at least %2 papers with the tag (%3 so far): digest&apos;s order.</source>
        <translation>“%1” 기준 나에게 맞게에는 그 태그의 논문이 %2편 이상 필요합니다 (지금 %3편): 다이제스트 순서.</translation>
    </message>
    <message numerus="yes">
        <source>For you, from %n paper(s) you starred, kept, tagged or noted</source>
        <translation>
            <numerusform>나에게 맞게, 별표·간직·태그·노트한 논문 %n편으로</numerusform>
        </translation>
    </message>
    <message>
        <source>Papers you skipped or read and left count against. Shift+F: the digest&apos;s order.</source>
        <translation>건너뛰었거나 읽고 둔 논문은 반대로 셉니다. Shift+F: 다이제스트 순서.</translation>
    </message>
    <message numerus="yes">
        <source>For you by “%1”, from its %n paper(s)</source>
        <translation>
            <numerusform>“%1” 기준 나에게 맞게, 그 논문 %n편으로</numerusform>
        </translation>
    </message>
    <message>
        <source>Ctrl+Shift+F: another tag. Shift+F: the digest&apos;s order.</source>
        <translation>Ctrl+Shift+F: 다른 태그. Shift+F: 다이제스트 순서.</translation>
    </message>
</context>
<context>
    <name>Paperboy::Ui::GoToDateDialog</name>
    <message>
        <source>Go to Date</source>
        <translation>날짜로 이동</translation>
    </message>
    <message>
        <source>Days with a digest are underlined. Type a date or move with the arrows (Page Up / Page Down: a month); Enter goes to it, or to the nearest day with a digest.</source>
        <translation>다이제스트가 있는 날은 밑줄로 표시됩니다. 날짜를 입력하거나 화살표로 움직이고(Page Up / Page Down: 한 달), Enter를 누르면 그날이나 가장 가까운 다이제스트가 있는 날로 갑니다.</translation>
    </message>
</context>
<context>
    <name>Paperboy::Ui::HighlightDialog</name>
    <message>
        <source>Highlight</source>
        <translation>하이라이트</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>노랑</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>초록</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>파랑</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>분홍</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>주황</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>코멘트:</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation>색상:</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
</context>
<context>
    <name>Paperboy::Ui::ImportController</name>
    <message>
        <source>An import is already running</source>
        <translation>이미 가져오는 중입니다</translation>
    </message>
    <message>
        <source>Nothing new imported</source>
        <translation>새로 가져온 것이 없습니다</translation>
    </message>
    <message>
        <source>Imported %1 (%2)</source>
        <translation>%1 가져옴 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>날짜 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paper(s)</source>
        <translation>
            <numerusform>논문 %n편</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) unchanged</source>
        <translation>
            <numerusform>변경 없는 파일 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) rejected</source>
        <translation>
            <numerusform>거부된 파일 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>(cancelled)</source>
        <translation>(취소됨)</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>거부됨</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>변경 없음</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>가져옴</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>%1행: %2</translation>
    </message>
</context>
<context>
    <name>Paperboy::Ui::ListsController</name>
    <message>
        <source>Open a paper first</source>
        <translation>먼저 논문을 여세요</translation>
    </message>
    <message numerus="yes">
        <source>%n paper(s) taken out of Later</source>
        <translation>
            <numerusform>논문 %n편을 나중에 읽기에서 뺐습니다</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n in Later)</source>
        <translation>
            <numerusform> (나중에 읽기 %n편)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paper(s) put into Later</source>
        <translation>
            <numerusform>논문 %n편을 나중에 읽기에 넣었습니다</numerusform>
        </translation>
    </message>
    <message>
        <source>The paper shown is not in Later (l puts it there)</source>
        <translation>보고 있는 논문은 나중에 읽기에 없습니다 (l로 넣습니다)</translation>
    </message>
    <message>
        <source>Place %1 of %2 in Later</source>
        <translation>나중에 읽기 %2개 중 %1번째</translation>
    </message>
    <message>
        <source>Search first (/), then save the search as a smart list</source>
        <translation>먼저 검색(/)한 다음 그 검색을 스마트 목록으로 저장하세요</translation>
    </message>
    <message>
        <source>Save as Smart List</source>
        <translation>스마트 목록으로 저장</translation>
    </message>
    <message>
        <source>Name of the smart list for “%1”:</source>
        <translation>“%1” 검색의 스마트 목록 이름:</translation>
    </message>
    <message>
        <source>Smart list “%1” saved: it is in the sidebar</source>
        <translation>스마트 목록 “%1”을(를) 저장했습니다: 사이드바에 있습니다</translation>
    </message>
</context>
<context>
    <name>Paperboy::Ui::MainWindow</name>
    <message>
        <source>Note and Highlights</source>
        <translation>메모와 하이라이트</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>비교</translation>
    </message>
    <message>
        <source>Paperboy</source>
        <translation>Paperboy</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Papers</source>
        <translation>논문</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>요약</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>라이브러리</translation>
    </message>
    <message numerus="yes">
        <source>%n changed digest(s) imported from watched folders</source>
        <translation>
            <numerusform>감시 중인 폴더에서 바뀐 다이제스트 %n개를 가져왔습니다</numerusform>
        </translation>
    </message>
    <message>
        <source>LGPL-3.0 (or GPL)</source>
        <translation>LGPL-3.0 (또는 GPL)</translation>
    </message>
    <message>
        <source>public domain</source>
        <translation>퍼블릭 도메인</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Paperboy %1&lt;/h3&gt;&lt;p&gt;A reader for daily AI-paper digests: read, search, tag, annotate, compare and export.&lt;/p&gt;&lt;p&gt;Paperboy is free software under the MIT licence.&lt;/p&gt;&lt;p&gt;It is built on these libraries, each under its own licence:&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Paperboy %1&lt;/h3&gt;&lt;p&gt;매일 나오는 AI 논문 다이제스트 리더입니다. 논문을 읽고, 검색하고, 태그와 주석을 달고, 비교하고, 내보낼 수 있습니다.&lt;/p&gt;&lt;p&gt;Paperboy는 MIT 라이선스로 배포되는 자유 소프트웨어입니다.&lt;/p&gt;&lt;p&gt;다음 라이브러리를 사용하며, 각 라이브러리에는 고유한 라이선스가 적용됩니다:&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Import Digests</source>
        <translation>다이제스트 가져오기</translation>
    </message>
    <message>
        <source>Markdown digests (*.md *.markdown)</source>
        <translation>Markdown 다이제스트 (*.md *.markdown)</translation>
    </message>
    <message>
        <source>Import Folder</source>
        <translation>폴더 가져오기</translation>
    </message>
    <message>
        <source>Watch Folder</source>
        <translation>폴더 감시</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>가져오기</translation>
    </message>
    <message>
        <source>Some digests had problems:</source>
        <translation>일부 다이제스트에 문제가 있습니다:</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>날짜 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paper(s) on this day</source>
        <translation>
            <numerusform>이 날짜의 논문 %n편</numerusform>
        </translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>읽기 전용</translation>
    </message>
    <message>
        <source>the sample digest was removed</source>
        <translation>예제 다이제스트를 지웠습니다</translation>
    </message>
    <message>
        <source>The sample digest was removed</source>
        <translation>예제 다이제스트를 지웠습니다</translation>
    </message>
    <message>
        <source>%1 is no longer in the library</source>
        <translation>%1은(는) 이제 라이브러리에 없습니다</translation>
    </message>
    <message>
        <source>the search “%1”</source>
        <translation>검색 “%1”</translation>
    </message>
    <message>
        <source>Choose a day first</source>
        <translation>먼저 날짜를 고르세요</translation>
    </message>
</context>
<context>
    <name>Paperboy::Ui::MuteRulesDialog</name>
    <message>
        <source>Mute Rules</source>
        <translation>숨김 규칙</translation>
    </message>
    <message>
        <source>Papers whose title, summary or authors have one of these words or phrases are hidden from their day unless starred. Korean matches with or without spaces (강화학습, 강화 학습), English in any case. View › Show Muted Papers shows them.</source>
        <translation>제목, 요약, 저자에 이 단어나 구절 중 하나가 있는 논문은 별표가 없으면 그날 목록에서 숨깁니다. 한국어는 띄어쓰기와 상관없이(강화학습, 강화 학습), 영어는 대소문자와 상관없이 맞춥니다. 보기 › 숨긴 논문 보기로 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>A word or phrase, then Enter</source>
        <translation>단어나 구절을 쓰고 Enter</translation>
    </message>
    <message>
        <source>&amp;Mute:</source>
        <translation>숨기기(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Rules (Delete removes one):</source>
        <translation>규칙(&amp;R) (Delete로 지움):</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>지우기(&amp;V)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n paper(s) muted)</source>
        <translation>
            <numerusform>%1 (논문 %n편 숨김)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” mutes %n paper(s).</source>
        <translation>
            <numerusform>“%1”은(는) 논문 %n편을 숨깁니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” no longer mutes anything.</source>
        <translation>“%1”은(는) 이제 아무것도 숨기지 않습니다.</translation>
    </message>
</context>
<context>
    <name>Paperboy::Ui::NotePanel</name>
    <message>
        <source>Your note on this paper (Markdown)</source>
        <translation>이 논문에 대한 메모 (Markdown)</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>미리 보기</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Highlights</source>
        <translation>하이라이트</translation>
    </message>
    <message>
        <source>[not found in the current summary] </source>
        <translation>[현재 요약에서 찾을 수 없음] </translation>
    </message>
    <message>
        <source>&amp;Use This Version</source>
        <translation>이 판 쓰기(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>닫기(&amp;D)</translation>
    </message>
    <message>
        <source>This note was also edited on another machine (%1). Its version:</source>
        <translation>이 노트는 다른 기기에서도 고쳐졌습니다 (%1). 그쪽 판:</translation>
    </message>
    <message>
        <source>This note was also edited on %1 (%2). Its version:</source>
        <translation>이 노트는 %1에서도 고쳐졌습니다 (%2). 그쪽 판:</translation>
    </message>
</context>
<context>
    <name>Paperboy::Ui::PaperDelegate</name>
    <message>
        <source>compare</source>
        <translation>비교</translation>
    </message>
    <message>
        <source>no digest</source>
        <translation>다이제스트 없음</translation>
    </message>
    <message>
        <source>muted</source>
        <translation>숨김</translation>
    </message>
    <message>
        <source>first seen %1</source>
        <translation>처음 %1</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>갱신됨</translation>
    </message>
    <message>
        <source>later</source>
        <translation>나중에</translation>
    </message>
    <message>
        <source>seen %1</source>
        <translation>처음 %1</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>For you %1</source>
        <translation>나에게 맞게 %1</translation>
    </message>
    <message>
        <source>For you %1 · %2</source>
        <translation>나에게 맞게 %1 · %2</translation>
    </message>
</context>
<context>
    <name>Paperboy::Ui::PublishersDialog</name>
    <message>
        <source>&amp;Prefer</source>
        <translation>우선(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>이름 바꾸기(&amp;R)…</translation>
    </message>
    <message>
        <source>Publishers</source>
        <translation>발행처</translation>
    </message>
    <message>
        <source>When several publishers summarised a paper, the preferred one&apos;s summary is shown first and its order of the day&apos;s papers is kept; P shows the next one.</source>
        <translation>여러 발행처가 한 논문을 요약했으면 우선 발행처의 요약을 먼저 보여 주고 그날 논문 순서도 그 발행처를 따릅니다. P 키로 다음 요약을 봅니다.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Digests</source>
        <translation>다이제스트</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>위치</translation>
    </message>
    <message>
        <source>Show this publisher&apos;s summaries first (Ctrl+P)</source>
        <translation>이 발행처의 요약을 먼저 보여 줍니다 (Ctrl+P)</translation>
    </message>
    <message>
        <source>Give this publisher the name the reader shows (F2)</source>
        <translation>읽기 화면에 보일 이 발행처의 이름을 정합니다 (F2)</translation>
    </message>
    <message>
        <source>Rename Publisher</source>
        <translation>발행처 이름 바꾸기</translation>
    </message>
    <message>
        <source>Name for %1:</source>
        <translation>%1의 이름:</translation>
    </message>
    <message>
        <source>%1 (preferred)</source>
        <translation>%1 (우선)</translation>
    </message>
    <message>
        <source>No digests yet: publishers appear as digests are imported or fetched.</source>
        <translation>아직 다이제스트가 없습니다. 다이제스트를 가져오거나 받으면 발행처가 나타납니다.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>저장하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Summaries by %1 are shown first.</source>
        <translation>%1의 요약을 먼저 보여 줍니다.</translation>
    </message>
    <message>
        <source>Renamed to %1.</source>
        <translation>%1(으)로 이름을 바꿨습니다.</translation>
    </message>
</context>
<context>
    <name>Paperboy::Ui::ReaderController</name>
    <message>
        <source>Every paper is read</source>
        <translation>모든 논문을 읽었습니다</translation>
    </message>
    <message>
        <source>Only one publisher summarised this paper</source>
        <translation>이 논문을 요약한 발행처는 하나뿐입니다</translation>
    </message>
    <message>
        <source>Summary by %1 (%2 of %3)</source>
        <translation>%1의 요약 (%3개 중 %2번째)</translation>
    </message>
    <message>
        <source>Summaries by %1 are shown first</source>
        <translation>이제 %1의 요약을 먼저 보여 줍니다</translation>
    </message>
    <message>
        <source>Remove Day</source>
        <translation>날짜 지우기</translation>
    </message>
    <message>
        <source>Remove %1 and its papers from the library?

Tags, notes, highlights, stars and read state stay with the papers; importing the digest again brings the day back.</source>
        <translation>%1과(와) 그 논문들을 라이브러리에서 지울까요?

태그, 메모, 강조, 별표, 읽음 상태는 논문에 남고, 다이제스트를 다시 가져오면 그날이 돌아옵니다.</translation>
    </message>
    <message>
        <source>%1 was removed from the library</source>
        <translation>%1을(를) 라이브러리에서 지웠습니다</translation>
    </message>
    <message>
        <source>Open a paper of the digest to remove</source>
        <translation>지울 다이제스트의 논문을 먼저 여세요</translation>
    </message>
    <message>
        <source>Remove Digest</source>
        <translation>다이제스트 지우기</translation>
    </message>
    <message>
        <source>Remove the digest of %1 by %2? The day keeps the other publishers&apos; digests.</source>
        <translation>%2의 %1 다이제스트를 지울까요? 그날의 다른 발행처 다이제스트는 남습니다.</translation>
    </message>
    <message>
        <source>The digest of %1 by %2 was removed</source>
        <translation>%2의 %1 다이제스트를 지웠습니다</translation>
    </message>
    <message>
        <source>Muted papers are shown</source>
        <translation>숨긴 논문을 보입니다</translation>
    </message>
    <message>
        <source>Muted papers are hidden</source>
        <translation>숨긴 논문을 감춥니다</translation>
    </message>
</context>
<context>
    <name>Paperboy::Ui::ReadingHeatmap</name>
    <message>
        <source>Papers read per day</source>
        <translation>날마다 읽은 논문</translation>
    </message>
    <message>
        <source>%1: %2 read, %3 kept</source>
        <extracomment>A day of the reading calendar: the date, papers read, papers kept.</extracomment>
        <translation>%1: 읽음 %2, 간직 %3</translation>
    </message>
    <message>
        <source>Less</source>
        <translation>적음</translation>
    </message>
    <message>
        <source>More</source>
        <translation>많음</translation>
    </message>
</context>
<context>
    <name>Paperboy::Ui::RecoveryDialog</name>
    <message>
        <source>&amp;Restore Backup</source>
        <translation>백업 복원(&amp;R)</translation>
    </message>
    <message>
        <source>Re&amp;build from Digests</source>
        <translation>다이제스트로 다시 만들기(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <source>The Library Is Damaged</source>
        <translation>라이브러리가 손상되었습니다</translation>
    </message>
    <message>
        <source>Paperboy cannot use the library file:
%1</source>
        <translation>Paperboy가 라이브러리 파일을 쓸 수 없습니다:
%1</translation>
    </message>
    <message>
        <source>There is no backup of the library file.</source>
        <translation>라이브러리 파일의 백업이 없습니다.</translation>
    </message>
    <message>
        <source>Last backup: %1, from %2.</source>
        <translation>마지막 백업: %1 (%2).</translation>
    </message>
    <message>
        <source>Your tags, notes, highlights, stars and read state are kept in %1 (%2 papers, saved %3) and are merged back either way.</source>
        <translation>태그, 노트, 하이라이트, 별표, 읽음 상태는 %1에 보관되어 있으며(논문 %2편, %3 저장), 어느 쪽을 고르든 다시 합쳐집니다.</translation>
    </message>
    <message>
        <source>No backup of your tags, notes and highlights was found: only what the library backup holds can come back.</source>
        <translation>태그·노트·하이라이트 백업을 찾지 못했습니다. 라이브러리 백업에 담긴 것만 되살릴 수 있습니다.</translation>
    </message>
    <message>
        <source>Restore puts the backup in place of the damaged file; Rebuild makes a new library from the digest files it was imported from. The damaged file is kept beside it either way.</source>
        <translation>복원은 손상된 파일 자리에 백업을 놓고, 다시 만들기는 가져왔던 다이제스트 파일로 새 라이브러리를 만듭니다. 어느 쪽이든 손상된 파일은 옆에 남겨 둡니다.</translation>
    </message>
    <message>
        <source>That did not work: %1</source>
        <translation>실패했습니다: %1</translation>
    </message>
    <message>
        <source>The library was restored from %1; the damaged file is kept as %2.</source>
        <translation>%1에서 라이브러리를 복원했습니다. 손상된 파일은 %2(으)로 남겨 두었습니다.</translation>
    </message>
    <message numerus="yes">
        <source>The library was rebuilt from %n digest(s); the damaged file is kept as %1.</source>
        <translation>
            <numerusform>다이제스트 %n개로 라이브러리를 다시 만들었습니다. 손상된 파일은 %1(으)로 남겨 두었습니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Paperboy::Ui::RefreshController</name>
    <message>
        <source>A refresh is already running</source>
        <translation>이미 새로 고침 중입니다</translation>
    </message>
    <message>
        <source>No sources to refresh from: add one with File › Sources… (Ctrl+Shift+U)</source>
        <translation>새로 고칠 소스가 없습니다: 파일 › 소스…(Ctrl+Shift+U)에서 추가하세요</translation>
    </message>
    <message>
        <source>Cannot refresh: %1</source>
        <translation>새로 고칠 수 없습니다: %1</translation>
    </message>
    <message>
        <source>%1: %2 of %3 days</source>
        <translation>%1: %3일 중 %2일</translation>
    </message>
    <message numerus="yes">
        <source>Refresh: %n new</source>
        <translation>
            <numerusform>새로 고침: 새 항목 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n unchanged</source>
        <translation>
            <numerusform>, %n개 변경 없음</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n failed (File › Refresh Log shows why)</source>
        <translation>
            <numerusform>, 실패 %n개 (이유는 파일 › 새로 고침 기록에서)</numerusform>
        </translation>
    </message>
    <message>
        <source> (stopped)</source>
        <translation> (중지됨)</translation>
    </message>
</context>
<context>
    <name>Paperboy::Ui::RefreshLogDialog</name>
    <message>
        <source>Refresh Log</source>
        <translation>새로 고침 기록</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>소스</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>Papers</source>
        <translation>논문</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>자세히</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>new</source>
        <translation>새 항목</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>변경 없음</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>The refresh is running…</source>
        <translation>새로 고치는 중…</translation>
    </message>
    <message>
        <source>Nothing was refreshed since Paperboy started.</source>
        <translation>Paperboy를 시작한 뒤 새로 고친 적이 없습니다.</translation>
    </message>
</context>
<context>
    <name>Paperboy::Ui::RefreshRangeDialog</name>
    <message>
        <source>Refresh a Range</source>
        <translation>기간 지정 새로 고침</translation>
    </message>
    <message numerus="yes">
        <source>At most %n days at a time; days already in the library cost one request each.</source>
        <translation>
            <numerusform>한 번에 최대 %n일까지 가져옵니다. 라이브러리에 이미 있는 날은 요청 한 번으로 확인합니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>시작(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>끝(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>새로 고침(&amp;R)</translation>
    </message>
</context>
<context>
    <name>Paperboy::Ui::SearchPane</name>
    <message>
        <source>Search titles, summaries and notes (e.g. 모델 section:results)</source>
        <translation>제목, 요약, 메모 검색 (예: 모델 section:results)</translation>
    </message>
    <message>
        <source>★ Starred</source>
        <translation>★ 별표</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>읽지 않음</translation>
    </message>
    <message>
        <source>Any section</source>
        <translation>모든 섹션</translation>
    </message>
    <message>
        <source>Motivation</source>
        <translation>동기</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>기여</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>방법</translation>
    </message>
    <message>
        <source>Experiments</source>
        <translation>실험</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>Limitations</source>
        <translation>한계</translation>
    </message>
    <message>
        <source>Future work</source>
        <translation>향후 연구</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>기타</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>모든 태그</translation>
    </message>
    <message>
        <source>Searching “%1”…</source>
        <translation>“%1” 검색 중…</translation>
    </message>
    <message>
        <source>Best match first</source>
        <translation>관련도순</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>최신순</translation>
    </message>
    <message>
        <source>The order of the results (Alt+S)</source>
        <translation>결과 정렬 순서 (Alt+S)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln result(s) for “%1”</source>
        <translation>
            <numerusform>“%1” 결과 %Ln개</numerusform>
        </translation>
    </message>
    <message>
        <source>More than %L1 results for “%2”</source>
        <translation>“%2” 결과 %L1개 이상</translation>
    </message>
    <message>
        <source>%L1 shown, more as you scroll</source>
        <translation>%L1개 표시, 스크롤하면 더 불러옵니다</translation>
    </message>
</context>
<context>
    <name>Paperboy::Ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <source> s</source>
        <translation>초</translation>
    </message>
    <message>
        <source>Never (only with M)</source>
        <translation>자동으로 안 함 (M 키로만)</translation>
    </message>
    <message>
        <source>Mark a paper read after it is shown for:</source>
        <translation>논문을 이 시간 동안 보면 읽음으로 표시:</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>동작</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>단축키</translation>
    </message>
    <message>
        <source>&amp;Shortcuts</source>
        <translation>단축키(&amp;S)</translation>
    </message>
    <message>
        <source>“%1” and “%2” use the same key.</source>
        <translation>“%1” 동작과 “%2” 동작이 같은 키를 씁니다.</translation>
    </message>
    <message>
        <source>This key is used by another action</source>
        <translation>다른 동작에서 이미 쓰는 키입니다</translation>
    </message>
    <message>
        <source>System</source>
        <translation>시스템 설정 따르기</translation>
    </message>
    <message>
        <source>The language of menus and messages, and the format of dates and numbers</source>
        <translation>메뉴와 메시지의 언어, 날짜와 숫자의 형식</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>언어(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>일반(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Keep the sample digest after my own digests are imported</source>
        <translation>내 다이제스트를 가져온 뒤에도 예제 다이제스트 유지(&amp;K)</translation>
    </message>
</context>
<context>
    <name>Paperboy::Ui::SimilarPapersDialog</name>
    <message>
        <source>More Like This</source>
        <translation>비슷한 논문</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>점수</translation>
    </message>
    <message>
        <source>Shared terms</source>
        <translation>함께 나오는 용어</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>열기(&amp;O)</translation>
    </message>
    <message>
        <source>No paper is open.</source>
        <translation>열린 논문이 없습니다.</translation>
    </message>
    <message>
        <source>Nothing in the library is like %1: it shares no distinctive term with another paper.</source>
        <translation>라이브러리에 %1과(와) 비슷한 논문이 없습니다: 다른 논문과 함께 나오는 특징적인 용어가 없습니다.</translation>
    </message>
    <message>
        <source>Papers of any day that share the most distinctive terms with %1 (1.00: as close as the paper itself).</source>
        <translation>%1과(와) 특징적인 용어를 가장 많이 함께 쓰는 논문(날짜 상관없이; 1.00은 논문 자신만큼 가까움).</translation>
    </message>
    <message>
        <source>Looking for papers like %1…</source>
        <translation>%1과(와) 닮은 논문을 찾는 중…</translation>
    </message>
</context>
<context>
    <name>Paperboy::Ui::SmartListsDialog</name>
    <message>
        <source>&amp;Rename…</source>
        <translation>이름 바꾸기(&amp;R)…</translation>
    </message>
    <message>
        <source>Change &amp;Search…</source>
        <translation>검색 바꾸기(&amp;S)…</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>위로(&amp;U)</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>아래로(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>지우기(&amp;D)</translation>
    </message>
    <message>
        <source>Smart Lists</source>
        <translation>스마트 목록</translation>
    </message>
    <message>
        <source>A smart list is a saved search: words and filters such as tag:NAME, is:unread, is:starred, is:later, from:YYYY-MM-DD, to:YYYY-MM-DD and section:results. Save the search shown with Ctrl+D.</source>
        <translation>스마트 목록은 저장한 검색입니다: 단어와 tag:이름, is:unread, is:starred, is:later, from:YYYY-MM-DD, to:YYYY-MM-DD, section:results 같은 필터. 보고 있는 검색은 Ctrl+D로 저장합니다.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Papers</source>
        <translation>논문</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>검색</translation>
    </message>
    <message>
        <source>Give the smart list another name (F2)</source>
        <translation>스마트 목록의 이름을 바꿉니다 (F2)</translation>
    </message>
    <message>
        <source>Change the search the smart list runs (Ctrl+E)</source>
        <translation>스마트 목록이 하는 검색을 바꿉니다 (Ctrl+E)</translation>
    </message>
    <message>
        <source>One place up in the sidebar (Alt+Up)</source>
        <translation>사이드바에서 한 칸 위로 (Alt+Up)</translation>
    </message>
    <message>
        <source>One place down in the sidebar (Alt+Down)</source>
        <translation>사이드바에서 한 칸 아래로 (Alt+Down)</translation>
    </message>
    <message>
        <source>Delete the smart list; no paper changes (Delete)</source>
        <translation>스마트 목록을 지웁니다; 논문은 바뀌지 않습니다 (Delete)</translation>
    </message>
    <message>
        <source>Rename Smart List</source>
        <translation>스마트 목록 이름 바꾸기</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>이름:</translation>
    </message>
    <message>
        <source>Change Search</source>
        <translation>검색 바꾸기</translation>
    </message>
    <message>
        <source>Search of “%1”:</source>
        <translation>“%1”의 검색:</translation>
    </message>
    <message>
        <source>No smart lists yet: search (/), then Ctrl+D saves the search.</source>
        <translation>아직 스마트 목록이 없습니다: 검색(/)한 뒤 Ctrl+D로 저장하세요.</translation>
    </message>
    <message>
        <source>Renamed to “%1”.</source>
        <translation>“%1”(으)로 이름을 바꿨습니다.</translation>
    </message>
    <message>
        <source>A smart list needs words or filters.</source>
        <translation>스마트 목록에는 단어나 필터가 필요합니다.</translation>
    </message>
    <message>
        <source>Search changed.</source>
        <translation>검색을 바꿨습니다.</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>“%1”을(를) 지웠습니다.</translation>
    </message>
</context>
<context>
    <name>Paperboy::Ui::SourcesDialog</name>
    <message>
        <source>Hugging Face daily papers</source>
        <translation>Hugging Face 데일리 페이퍼</translation>
    </message>
    <message>
        <source>Digest feed</source>
        <translation>다이제스트 피드</translation>
    </message>
    <message>
        <source>Token (keychain)</source>
        <translation>토큰 (키체인)</translation>
    </message>
    <message>
        <source>User and password (keychain)</source>
        <translation>사용자와 비밀번호 (키체인)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>추가(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>삭제(&amp;R)</translation>
    </message>
    <message>
        <source>Refresh &amp;Now</source>
        <translation>지금 새로 고침(&amp;N)</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>소스</translation>
    </message>
    <message>
        <source>On</source>
        <translation>사용</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>로그인</translation>
    </message>
    <message>
        <source>Last refresh</source>
        <translation>마지막 새로 고침</translation>
    </message>
    <message>
        <source> days</source>
        <translation>일</translation>
    </message>
    <message>
        <source>never</source>
        <translation>안 함</translation>
    </message>
    <message>
        <source> hours</source>
        <translation>시간</translation>
    </message>
    <message>
        <source>Refresh &amp;fetches the last:</source>
        <translation>새로 고침으로 가져올 기간(&amp;F):</translation>
    </message>
    <message>
        <source>Refresh on &amp;start when older than:</source>
        <translation>이보다 오래되면 시작할 때 새로 고침(&amp;S):</translation>
    </message>
    <message>
        <source>Remove Source</source>
        <translation>소스 삭제</translation>
    </message>
    <message>
        <source>Remove the source “%1”? Digests and metadata it brought stay in the library; its token leaves the keychain.</source>
        <translation>소스 “%1”을(를) 삭제할까요? 이 소스로 가져온 다이제스트와 메타데이터는 라이브러리에 남고, 토큰은 키체인에서 지워집니다.</translation>
    </message>
    <message>
        <source>The token of “%1” could not be removed from the keychain: %2</source>
        <translation>“%1”의 토큰을 키체인에서 지우지 못했습니다: %2</translation>
    </message>
    <message>
        <source>A digest feed is a URL with {date} (e.g. https://example.org/digests/{date}.md), one with {yyyy}, {mm} and {dd} (e.g. https://example.org/paper_logs/{yyyy}/{mm}/{dd}.md), or a page listing YYYY-MM-DD.md files. Hugging Face daily papers add authors, abstracts and upvotes, and the papers of days no digest covers yet. Tokens are kept in the system keychain only.</source>
        <translation>다이제스트 피드는 {date}가 들어간 URL(예: https://example.org/digests/{date}.md), {yyyy}, {mm}, {dd}가 들어간 URL(예: https://example.org/paper_logs/{yyyy}/{mm}/{dd}.md), 또는 YYYY-MM-DD.md 파일을 나열한 페이지입니다. Hugging Face 데일리 페이퍼는 저자, 초록, 추천 수와 아직 다이제스트가 없는 날의 논문을 더해 줍니다. 토큰은 시스템 키체인에만 보관합니다.</translation>
    </message>
</context>
<context>
    <name>Paperboy::Ui::StatisticsWindow</name>
    <message>
        <source>Reading Statistics</source>
        <translation>읽기 통계</translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation>기간(&amp;R):</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>최근 12개월</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>올해</translation>
    </message>
    <message>
        <source>All</source>
        <translation>전체</translation>
    </message>
    <message>
        <source>Export &amp;PNG…</source>
        <translation>PNG 내보내기(&amp;P)…</translation>
    </message>
    <message>
        <source>Export S&amp;VG…</source>
        <translation>SVG 내보내기(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Statistics</source>
        <translation>통계(&amp;S)</translation>
    </message>
    <message>
        <source>Export as &amp;PNG…</source>
        <translation>PNG로 내보내기(&amp;P)…</translation>
    </message>
    <message>
        <source>Export as S&amp;VG…</source>
        <translation>SVG로 내보내기(&amp;V)…</translation>
    </message>
    <message>
        <source>Last &amp;12 Months</source>
        <translation>최근 12개월(&amp;1)</translation>
    </message>
    <message>
        <source>This &amp;Year</source>
        <translation>올해(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;All Time</source>
        <translation>전체 기간(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>다시 읽기(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>닫기(&amp;C)</translation>
    </message>
    <message>
        <source>Reading statistics, %1 to %2</source>
        <extracomment>The statistics&apos; heading: the first and last day (YYYY-MM-DD).</extracomment>
        <translation>읽기 통계, %1 ~ %2</translation>
    </message>
    <message>
        <source>Days are local dates. Tags count a paper in the month a digest first listed it.</source>
        <translation>날짜는 현지 날짜입니다. 태그는 다이제스트에 처음 실린 달에 논문을 셉니다.</translation>
    </message>
    <message numerus="yes">
        <source>papers read on %n day(s)</source>
        <translation>
            <numerusform>%n일 동안 읽은 논문</numerusform>
        </translation>
    </message>
    <message>
        <source>kept</source>
        <translation>간직</translation>
    </message>
    <message>
        <source>for later</source>
        <translation>나중에</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>건너뜀</translation>
    </message>
    <message>
        <source>days in a row now</source>
        <translation>지금까지 연속 일수</translation>
    </message>
    <message>
        <source>days in a row at most</source>
        <translation>가장 긴 연속 일수</translation>
    </message>
    <message>
        <source>Ended on %1</source>
        <translation>%1에 끝남</translation>
    </message>
    <message>
        <source>cannot make the PNG image</source>
        <translation>PNG 이미지를 만들 수 없습니다</translation>
    </message>
    <message>
        <source>cannot make the SVG drawing</source>
        <translation>SVG 그림을 만들 수 없습니다</translation>
    </message>
    <message>
        <source>reading-statistics</source>
        <extracomment>File name offered for an export of the statistics (a date follows).</extracomment>
        <translation>읽기-통계</translation>
    </message>
    <message>
        <source>Export Statistics as PNG</source>
        <translation>통계를 PNG로 내보내기</translation>
    </message>
    <message>
        <source>Export Statistics as SVG</source>
        <translation>통계를 SVG로 내보내기</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 이미지 (*.png)</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG 그림 (*.svg)</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>%1(으)로 내보냈습니다</translation>
    </message>
</context>
<context>
    <name>Paperboy::Ui::SummaryView</name>
    <message>
        <source>Hugging Face</source>
        <translation>Hugging Face</translation>
    </message>
    <message>
        <source>arXiv abstract</source>
        <translation>arXiv 초록</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>태그: %1</translation>
    </message>
    <message>
        <source>*This paper has no summary.*</source>
        <translation>*이 논문에는 요약이 없습니다.*</translation>
    </message>
    <message>
        <source>GitHub</source>
        <translation>GitHub</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> 외 %n명</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>▲ %n upvote(s)</source>
        <translation>
            <numerusform>▲ 추천 %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s)</source>
        <translation>
            <numerusform>댓글 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Abstract:</source>
        <translation>초록:</translation>
    </message>
    <message>
        <source>*No digest lists this paper yet: above is its abstract from Hugging Face. A refresh brings its summary once a digest has it.*</source>
        <translation>*아직 이 논문을 다룬 다이제스트가 없습니다. 위는 Hugging Face의 초록이며, 다이제스트에 실리면 새로 고침으로 요약을 가져옵니다.*</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>Summary by %1 · also by %2 (P: next summary)</source>
        <translation>%1의 요약 · %2도 요약함 (P: 다음 요약)</translation>
    </message>
    <message>
        <source>first seen %1</source>
        <translation>처음 %1</translation>
    </message>
    <message>
        <source>updated, first seen %1</source>
        <translation>갱신됨, 처음 %1</translation>
    </message>
    <message>
        <source>muted</source>
        <translation>숨김</translation>
    </message>
    <message>
        <source>For you %1%</source>
        <translation>나에게 맞게 %1%</translation>
    </message>
    <message>
        <source>because of %1</source>
        <translation>이유: %1</translation>
    </message>
    <message>
        <source>most like ★ %1 (%2)</source>
        <translation>가장 닮은 ★ %1 (%2)</translation>
    </message>
</context>
<context>
    <name>Paperboy::Ui::SyncController</name>
    <message>
        <source>Sync needs a library file</source>
        <translation>동기화에는 라이브러리 파일이 필요합니다</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>동기화 중…</translation>
    </message>
    <message numerus="yes">
        <source>Synced: %n paper(s) sent</source>
        <translation>
            <numerusform>동기화: 논문 %n편 보냄</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n received</source>
        <translation>
            <numerusform>%n편 받음</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) edited on both machines kept twice</source>
        <translation>
            <numerusform>두 기기에서 고친 노트 %n개는 둘 다 남김</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync failed: %1 (your changes are kept; it tries again later)</source>
        <translation>동기화 실패: %1 (변경 사항은 남아 있고, 나중에 다시 시도합니다)</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>동기화 실패</translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>동기화 %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>아직 동기화하지 않음</translation>
    </message>
    <message numerus="yes">
        <source>%n pending</source>
        <translation>
            <numerusform>%n편 대기</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync folder: %1</source>
        <translation>동기화 폴더: %1</translation>
    </message>
    <message>
        <source>Remote: %1</source>
        <translation>원격 저장소: %1</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S: sync now; File › Sync Log: every sync</source>
        <translation>Ctrl+Shift+S: 지금 동기화; 파일 › 동기화 기록: 모든 동기화</translation>
    </message>
    <message>
        <source>Sync was not set up: %1</source>
        <translation>동기화를 설정하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Sync set up: syncing now</source>
        <translation>동기화 설정 완료: 지금 동기화합니다</translation>
    </message>
    <message>
        <source>The token was not saved in the keychain: %1</source>
        <translation>토큰을 키체인에 저장하지 못했습니다: %1</translation>
    </message>
</context>
<context>
    <name>Paperboy::Ui::SyncLogDialog</name>
    <message>
        <source>Sync Log</source>
        <translation>동기화 기록</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>시각</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>보냄</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>받음</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>메시지</translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>지금 동기화(&amp;S)</translation>
    </message>
    <message>
        <source>Sync is not set up (File › Set Up Sync).</source>
        <translation>동기화가 설정되지 않았습니다 (파일 › 동기화 설정).</translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation>폴더: %1</translation>
    </message>
    <message>
        <source>Remote: none (this machine only)</source>
        <translation>원격 저장소: 없음 (이 기기만)</translation>
    </message>
    <message>
        <source>Remote: %1</source>
        <translation>원격 저장소: %1</translation>
    </message>
    <message>
        <source>Machine: %1</source>
        <translation>기기: %1</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>마지막 동기화: %1</translation>
    </message>
    <message>
        <source>Last sync: never</source>
        <translation>마지막 동기화: 없음</translation>
    </message>
    <message numerus="yes">
        <source>%n paper(s) changed here since then</source>
        <translation>
            <numerusform>그 뒤 여기서 바뀐 논문 %n편</numerusform>
        </translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>마지막 오류: %1</translation>
    </message>
    <message>
        <source>synced</source>
        <translation>동기화됨</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>실패</translation>
    </message>
</context>
<context>
    <name>Paperboy::Ui::SyncSetupDialog</name>
    <message>
        <source>Set Up Sync</source>
        <translation>동기화 설정</translation>
    </message>
    <message>
        <source>Your tags, notes, highlights, stars, read marks, Later and decisions are written to a git folder, one file per paper, and merged with the other machines&apos; through the remote.</source>
        <translation>태그, 노트, 하이라이트, 별표, 읽음 표시, 나중에 읽기, 결정을 논문마다 파일 하나씩 git 폴더에 쓰고, 원격 저장소를 거쳐 다른 기기의 것과 병합합니다.</translation>
    </message>
    <message>
        <source>ssh://nas/srv/paperboy.git, https://…, /mnt/share/paperboy.git or empty</source>
        <translation>ssh://nas/srv/paperboy.git, https://…, /mnt/share/paperboy.git 또는 비움</translation>
    </message>
    <message>
        <source>https only; kept in the system keychain</source>
        <translation>https만; 시스템 키체인에 보관</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>찾아보기(&amp;B)…</translation>
    </message>
    <message>
        <source>Sync Folder</source>
        <translation>동기화 폴더</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>폴더(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Remote:</source>
        <translation>원격 저장소(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Machine name:</source>
        <translation>기기 이름(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;User (https):</source>
        <translation>사용자(https)(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Token (https):</source>
        <translation>토큰(https)(&amp;T):</translation>
    </message>
    <message>
        <source>Set Up and &amp;Sync</source>
        <translation>설정하고 동기화(&amp;S)</translation>
    </message>
</context>
<context>
    <name>Paperboy::Ui::TagManager</name>
    <message>
        <source>Tags</source>
        <translation>태그</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>이름 바꾸기(&amp;R)…</translation>
    </message>
    <message>
        <source>Rename Tag</source>
        <translation>태그 이름 바꾸기</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>새 이름:</translation>
    </message>
    <message>
        <source>&amp;Colour…</source>
        <translation>색상(&amp;C)…</translation>
    </message>
    <message>
        <source>Tag Colour</source>
        <translation>태그 색상</translation>
    </message>
    <message>
        <source>&amp;Merge Into…</source>
        <translation>다른 태그에 합치기(&amp;M)…</translation>
    </message>
    <message>
        <source>Merge Tags</source>
        <translation>태그 합치기</translation>
    </message>
    <message>
        <source>Merge “%1” into:</source>
        <translation>“%1” 태그를 합칠 대상:</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>삭제(&amp;D)</translation>
    </message>
    <message>
        <source>Delete Tag</source>
        <translation>태그 삭제</translation>
    </message>
    <message>
        <source>Remove “%1” from every paper?</source>
        <translation>모든 논문에서 “%1” 태그를 제거할까요?</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n paper(s))</source>
        <translation>
            <numerusform>%1 (논문 %n편)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Paperboy::Ui::TagPicker</name>
    <message>
        <source>Add Tag</source>
        <translation>태그 추가</translation>
    </message>
    <message>
        <source>Remove Tag</source>
        <translation>태그 제거</translation>
    </message>
    <message numerus="yes">
        <source>Tag %n paper(s) with (a new name creates the tag):</source>
        <translation>
            <numerusform>논문 %n편에 붙일 태그 (새 이름을 쓰면 태그를 만듭니다):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove from %n paper(s):</source>
        <translation>
            <numerusform>논문 %n편에서 제거할 태그:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Paperboy::Ui::TagTrendChart</name>
    <message>
        <source>Top tags by month</source>
        <translation>달별 많이 쓴 태그</translation>
    </message>
    <message>
        <source>Top tags by month: no tagged papers were first listed in this range</source>
        <translation>달별 많이 쓴 태그: 이 기간에 처음 실린 태그 논문이 없습니다</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A line of the tags chart: the tag and its papers in the range.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2: %n paper(s)</source>
        <extracomment>Tooltip of a point of the tags chart: tag, month, papers.</extracomment>
        <translation>
            <numerusform>%1, %2: 논문 %n편</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Paperboy::Ui::TaskStatus</name>
    <message>
        <source>Importing %v / %m</source>
        <translation>가져오는 중 %v / %m</translation>
    </message>
    <message>
        <source>Refreshing %v / %m</source>
        <translation>새로 고치는 중 %v / %m</translation>
    </message>
    <message>
        <source>Stop the refresh (Shift+F5)</source>
        <translation>새로 고침 중지 (Shift+F5)</translation>
    </message>
</context>
<context>
    <name>Paperboy::Ui::TopicsWindow</name>
    <message>
        <source>Rising Topics</source>
        <translation>떠오르는 주제</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>주제</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>점수</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>최근</translation>
    </message>
    <message>
        <source>Rising topics</source>
        <translation>떠오르는 주제</translation>
    </message>
    <message>
        <source>Papers of the topic</source>
        <translation>주제의 논문</translation>
    </message>
    <message>
        <source>&amp;Papers (Enter opens one):</source>
        <translation>논문(&amp;P) (Enter로 엽니다):</translation>
    </message>
    <message>
        <source>&amp;Topics</source>
        <translation>주제(&amp;T)</translation>
    </message>
    <message>
        <source>Make a Smart &amp;List from the Topic</source>
        <translation>주제로 스마트 목록 만들기(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Tag the Topic&apos;s Papers</source>
        <translation>주제의 논문에 태그 달기(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>다시 읽기(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>닫기(&amp;C)</translation>
    </message>
    <message>
        <source>No papers yet: rising topics need digests of some weeks.</source>
        <translation>아직 논문이 없습니다: 떠오르는 주제에는 몇 주 치 다이제스트가 필요합니다.</translation>
    </message>
    <message numerus="yes">
        <source>Words whose share of papers rose in the %n week(s) to %1 (%2 papers), against the weeks before (%3 papers).</source>
        <translation>
            <numerusform>%1까지 %n주 동안(논문 %2편) 그 전 주들(논문 %3편)보다 비율이 오른 단어.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recently</source>
        <translation>
            <numerusform>최근 %n</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 papers in the recent weeks, %3 before</source>
        <translation>%1: 최근 주 논문 %2편, 이전 %3편</translation>
    </message>
    <message>
        <source>No word rose enough: a topic needs %1 papers or more in the recent weeks.</source>
        <translation>충분히 떠오른 단어가 없습니다: 주제는 최근 주에 논문 %1편 이상이 필요합니다.</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n paper(s) in the recent weeks</source>
        <translation>
            <numerusform>%1 — 최근 주 논문 %n편</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n before</source>
        <translation>
            <numerusform>이전 %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Papers per week</source>
        <translation>주별 논문</translation>
    </message>
    <message>
        <source>%1 papers per week, from %2: %3</source>
        <translation>%1 주별 논문, %2부터: %3</translation>
    </message>
    <message>
        <source>Smart list &quot;%1&quot; added: it finds the papers with %2.</source>
        <translation>스마트 목록 &quot;%1&quot;을(를) 추가했습니다: %2이(가) 있는 논문을 찾습니다.</translation>
    </message>
    <message>
        <source>The smart list could not be added: %1</source>
        <translation>스마트 목록을 추가하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>The papers could not be tagged: %1</source>
        <translation>논문에 태그를 달지 못했습니다: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n paper(s) tagged &quot;%1&quot;.</source>
        <translation>
            <numerusform>논문 %n편에 &quot;%1&quot; 태그를 달았습니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Paperboy::Ui::TriageController</name>
    <message>
        <source>Nothing to triage in %1: every paper is read, starred or in Later.</source>
        <translation>%1에는 분류할 논문이 없습니다: 모두 읽었거나 별표가 있거나 나중에 읽기에 있습니다.</translation>
    </message>
    <message>
        <source>%1 / %2 · %3 kept · %4 later · %5 skipped — %6</source>
        <translation>%1 / %2 · 간직 %3 · 나중에 %4 · 건너뜀 %5 — %6</translation>
    </message>
    <message>
        <source>Triage of %1 done</source>
        <translation>%1 분류 끝</translation>
    </message>
    <message numerus="yes">
        <source>%n paper(s) decided: </source>
        <translation>
            <numerusform>논문 %n편을 정했습니다: </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 kept, %2 later, %3 skipped.</source>
        <translation>간직 %1, 나중에 %2, 건너뜀 %3.</translation>
    </message>
    <message>
        <source>Kept (starred)</source>
        <translation>간직 (별표)</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>나중에</translation>
    </message>
    <message>
        <source>Press Esc to go back to reading; u takes back the last decision.</source>
        <translation>Esc로 읽기로 돌아갑니다; u는 마지막 결정을 되돌립니다.</translation>
    </message>
    <message>
        <source>No decision to take back</source>
        <translation>되돌릴 결정이 없습니다</translation>
    </message>
</context>
<context>
    <name>Paperboy::Ui::TriageView</name>
    <message>
        <source>Paper to decide on</source>
        <translation>정할 논문</translation>
    </message>
    <message>
        <source>Triage summary</source>
        <translation>분류 요약</translation>
    </message>
</context>
<context>
    <name>Publishers</name>
    <message>
        <source>no such publisher</source>
        <translation>그런 발행처가 없습니다</translation>
    </message>
    <message>
        <source>a publisher needs a name</source>
        <translation>발행처에는 이름이 필요합니다</translation>
    </message>
</context>
<context>
    <name>ReadingQueue</name>
    <message>
        <source>%1 is not in Later</source>
        <translation>%1은(는) 나중에 읽기에 없습니다</translation>
    </message>
</context>
<context>
    <name>RegularFile</name>
    <message>
        <source>not a regular file</source>
        <translation>일반 파일이 아닙니다</translation>
    </message>
    <message>
        <source>larger than %1</source>
        <translation>%1보다 큽니다</translation>
    </message>
</context>
<context>
    <name>SampleDigest</name>
    <message>
        <source>the library holds no sample digest</source>
        <translation>라이브러리에 예제 다이제스트가 없습니다</translation>
    </message>
</context>
<context>
    <name>SearchQuery</name>
    <message>
        <source>unknown section kind &apos;%1&apos;</source>
        <translation>알 수 없는 섹션 종류: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown filter &apos;is:%1&apos;</source>
        <translation>알 수 없는 필터: &apos;is:%1&apos;</translation>
    </message>
    <message>
        <source>not a date: &apos;%1&apos; (use YYYY-MM-DD)</source>
        <translation>날짜가 아닙니다: &apos;%1&apos; (YYYY-MM-DD 형식으로 쓰세요)</translation>
    </message>
    <message>
        <source>the search is too long: only its first %1 words were searched</source>
        <translation>검색어가 너무 깁니다: 처음 %1개 단어만 검색했습니다</translation>
    </message>
    <message>
        <source>a word longer than %1 characters was shortened</source>
        <translation>%1자보다 긴 단어는 잘라서 검색했습니다</translation>
    </message>
    <message>
        <source>unknown order &apos;sort:%1&apos; (use day, read or later)</source>
        <translation>알 수 없는 정렬 &apos;sort:%1&apos; (day, read, later 중 하나)</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>the keychain has no entry %1</source>
        <translation>키체인에 항목이 없습니다: %1</translation>
    </message>
    <message>
        <source>no system keychain is available (%1)</source>
        <translation>사용할 수 있는 시스템 키체인이 없습니다 (%1)</translation>
    </message>
    <message>
        <source>the system keychain could not be used (%1)</source>
        <translation>시스템 키체인을 사용할 수 없습니다 (%1)</translation>
    </message>
</context>
<context>
    <name>ShelfModel</name>
    <message>
        <source>◷ Later (%1)</source>
        <translation>◷ 나중에 읽기 (%1)</translation>
    </message>
    <message>
        <source>↺ Recently Read (%1)</source>
        <translation>↺ 최근 읽음 (%1)</translation>
    </message>
    <message>
        <source>Smart list: %1</source>
        <translation>스마트 목록: %1</translation>
    </message>
</context>
<context>
    <name>Similarity</name>
    <message>
        <source>No paper %1 in the library.</source>
        <translation>라이브러리에 논문 %1이(가) 없습니다.</translation>
    </message>
</context>
<context>
    <name>SmartLists</name>
    <message>
        <source>a smart list needs a name</source>
        <translation>스마트 목록에는 이름이 필요합니다</translation>
    </message>
    <message>
        <source>a smart list needs words or filters</source>
        <translation>스마트 목록에는 단어나 필터가 필요합니다</translation>
    </message>
    <message>
        <source>there is already a smart list called “%1”</source>
        <translation>“%1”이라는 스마트 목록이 이미 있습니다</translation>
    </message>
    <message>
        <source>no such smart list</source>
        <translation>그런 스마트 목록이 없습니다</translation>
    </message>
    <message>
        <source>Smart list</source>
        <translation>스마트 목록</translation>
    </message>
</context>
<context>
    <name>SourceUrl</name>
    <message>
        <source>the source needs a URL</source>
        <translation>소스에는 URL이 필요합니다</translation>
    </message>
    <message>
        <source>not a URL: %1</source>
        <translation>URL이 아닙니다: %1</translation>
    </message>
    <message>
        <source>only http and https sources are supported, not %1</source>
        <translation>지원하지 않는 스킴입니다: %1 (http와 https만 지원)</translation>
    </message>
    <message>
        <source>a URL must not carry a user name or password; give the secret with --token-from-stdin</source>
        <translation>URL에 사용자 이름이나 비밀번호를 넣으면 안 됩니다. 비밀 정보는 --token-from-stdin으로 주세요</translation>
    </message>
    <message>
        <source>a Hugging Face source takes the API base (e.g. https://huggingface.co), not a {date} template</source>
        <translation>Hugging Face 소스에는 {date} 템플릿이 아니라 API 기본 주소(예: https://huggingface.co)를 지정합니다</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>Not saved: the library is open read-only (%1).</source>
        <translation>저장하지 못했습니다: 라이브러리가 읽기 전용으로 열려 있습니다 (%1).</translation>
    </message>
    <message>
        <source>Not saved: another program is writing to the library and did not finish within 5 seconds. Try again when it is done.</source>
        <translation>저장하지 못했습니다: 다른 프로그램이 라이브러리에 쓰고 있으며 5초 안에 끝나지 않았습니다. 끝난 뒤 다시 시도하세요.</translation>
    </message>
    <message>
        <source>Not saved: the disk that holds the library is full.</source>
        <translation>저장하지 못했습니다: 라이브러리가 있는 디스크가 가득 찼습니다.</translation>
    </message>
    <message>
        <source>Not saved: the library cannot be written (%1).</source>
        <translation>저장하지 못했습니다: 라이브러리에 쓸 수 없습니다 (%1).</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>저장하지 못했습니다: %1</translation>
    </message>
</context>
<context>
    <name>SyncCommands</name>
    <message>
        <source>sync init takes one folder</source>
        <translation>sync init은 폴더 하나를 받습니다</translation>
    </message>
    <message>
        <source>--token-from-stdin is for an https remote (ssh uses the ssh agent)</source>
        <translation>--token-from-stdin은 https 원격 저장소용입니다 (ssh는 ssh 에이전트를 씁니다)</translation>
    </message>
    <message>
        <source>no token on standard input</source>
        <translation>표준 입력에 토큰이 없습니다</translation>
    </message>
    <message>
        <source>cannot keep the token in the keychain: %1</source>
        <translation>토큰을 키체인에 둘 수 없습니다: %1</translation>
    </message>
    <message>
        <source>sync repository: %1</source>
        <translation>동기화 저장소: %1</translation>
    </message>
    <message>
        <source>remote: %1</source>
        <translation>원격 저장소: %1</translation>
    </message>
    <message>
        <source>this machine: %1</source>
        <translation>이 기기: %1</translation>
    </message>
    <message>
        <source>sync takes no argument &apos;%1&apos;</source>
        <translation>sync는 인자 &apos;%1&apos;을(를) 받지 않습니다</translation>
    </message>
    <message>
        <source>would send %1 files and change %2 papers here</source>
        <translation>파일 %1개를 보내고 여기 논문 %2편을 바꿀 것입니다</translation>
    </message>
    <message>
        <source>up to date</source>
        <translation>최신 상태</translation>
    </message>
    <message>
        <source>sent %1 files, received %2 papers</source>
        <translation>파일 %1개를 보내고 논문 %2편을 받았습니다</translation>
    </message>
    <message>
        <source>%1 notes were edited on both machines: the other version is kept as the note&apos;s conflict copy</source>
        <translation>노트 %1개가 두 기기에서 고쳐졌습니다: 다른 판은 노트의 충돌 사본으로 남겨 둡니다</translation>
    </message>
    <message>
        <source>sync status takes no argument &apos;%1&apos;</source>
        <translation>sync status는 인자 &apos;%1&apos;을(를) 받지 않습니다</translation>
    </message>
    <message>
        <source>not set up: paperboy sync init DIR [--remote URL]</source>
        <translation>설정되지 않음: paperboy sync init DIR [--remote URL]</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>last sync: %1</source>
        <translation>마지막 동기화: %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>pending changes: %1</source>
        <translation>보낼 변경: %1</translation>
    </message>
    <message>
        <source>last error: %1</source>
        <translation>마지막 오류: %1</translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <source>%1 (commit %2) skipped: %3</source>
        <translation>%1 (커밋 %2) 건너뜀: %3</translation>
    </message>
    <message>
        <source>no folder given for the sync repository</source>
        <translation>동기화 저장소 폴더가 주어지지 않았습니다</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) kept as conflict copies</source>
        <translation>
            <numerusform>노트 %n개를 충돌 사본으로 남김</numerusform>
        </translation>
    </message>
    <message>
        <source>no sync repository: set one up with paperboy sync init DIR [--remote URL]</source>
        <translation>동기화 저장소가 없습니다: paperboy sync init DIR [--remote URL]로 설정하세요</translation>
    </message>
    <message>
        <source>the sync repository was written by a newer Paperboy (format %1; this version knows %2)</source>
        <translation>동기화 저장소를 더 새 Paperboy가 썼습니다 (형식 %1; 이 판은 %2까지 압니다)</translation>
    </message>
    <message numerus="yes">
        <source>Sync on %1: %n paper(s) merged</source>
        <translation>
            <numerusform>%1 동기화: 논문 %n편 병합</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sync on %1: %n paper(s) changed</source>
        <translation>
            <numerusform>%1 동기화: 논문 %n편 바뀜</numerusform>
        </translation>
    </message>
    <message>
        <source>offline (%1): the changes are kept here and sent at the next sync</source>
        <translation>오프라인 (%1): 변경 사항은 여기 남아 다음 동기화 때 보냅니다</translation>
    </message>
    <message>
        <source>not sent (%1): the changes are kept here and sent at the next sync</source>
        <translation>보내지 못함 (%1): 변경 사항은 여기 남아 다음 동기화 때 보냅니다</translation>
    </message>
</context>
<context>
    <name>SyncFormat</name>
    <message>
        <source>not JSON: %1 at %2</source>
        <translation>JSON이 아닙니다: %2 위치의 %1</translation>
    </message>
    <message>
        <source>not a paper file: no arxiv_id</source>
        <translation>논문 파일이 아닙니다: arxiv_id 없음</translation>
    </message>
    <message>
        <source>a highlight without its text</source>
        <translation>글이 없는 하이라이트</translation>
    </message>
    <message>
        <source>tags.json is not a sync format file</source>
        <translation>tags.json이 동기화 형식 파일이 아닙니다</translation>
    </message>
</context>
<context>
    <name>SyncState</name>
    <message>
        <source>cannot update the search index</source>
        <translation>검색 색인을 갱신할 수 없습니다</translation>
    </message>
    <message>
        <source>cannot apply the mute rules</source>
        <translation>숨김 규칙을 적용할 수 없습니다</translation>
    </message>
</context>
<context>
    <name>TagModel</name>
    <message>
        <source>★ Starred (%1)</source>
        <translation>★ 별표 (%1)</translation>
    </message>
    <message>
        <source>Unread (%1)</source>
        <translation>읽지 않음 (%1)</translation>
    </message>
</context>
<context>
    <name>TriageSession</name>
    <message>
        <source>every paper is decided</source>
        <translation>모든 논문을 정했습니다</translation>
    </message>
    <message>
        <source>nothing to undo</source>
        <translation>되돌릴 것이 없습니다</translation>
    </message>
</context>
<context>
    <name>UrlTemplate</name>
    <message>
        <source>placeholders can only be in the URL&apos;s path or query</source>
        <translation>자리 표시자는 URL의 경로나 쿼리에만 쓸 수 있습니다</translation>
    </message>
    <message>
        <source>unknown placeholder %1 in the URL: a digest feed can use {date}, {yyyy}, {mm} and {dd} (write %2 and %3 for a brace that is part of the address)</source>
        <translation>URL의 알 수 없는 자리 표시자 %1: 다이제스트 피드에는 {date}, {yyyy}, {mm}, {dd}만 쓸 수 있습니다(주소에 들어가는 중괄호는 %2와 %3으로 씁니다)</translation>
    </message>
    <message>
        <source>the URL does not name one day: use {date}, or {yyyy}, {mm} and {dd} together</source>
        <translation>URL이 하루를 가리키지 않습니다: {date}를 쓰거나 {yyyy}, {mm}, {dd}를 함께 쓰세요</translation>
    </message>
</context>
<context>
    <name>UserDataSync</name>
    <message>
        <source>cannot update the search index</source>
        <translation>검색 색인을 갱신할 수 없습니다</translation>
    </message>
    <message>
        <source>cannot merge the notes: %1</source>
        <translation>메모를 합칠 수 없습니다: %1</translation>
    </message>
    <message>
        <source>cannot apply the mute rules</source>
        <translation>숨김 규칙을 적용할 수 없습니다</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>A reader for daily AI-paper digests.</source>
        <translation>매일 나오는 AI 논문 다이제스트 리더.</translation>
    </message>
    <message>
        <source>Print the version and exit.</source>
        <translation>버전을 출력하고 끝냅니다.</translation>
    </message>
    <message>
        <source>Use the library FILE (also PAPERBOY_DB).</source>
        <translation>라이브러리 파일로 FILE을 씁니다 (PAPERBOY_DB로도 지정 가능).</translation>
    </message>
    <message>
        <source>Save a PNG of the window to FILE and exit.</source>
        <translation>창을 PNG로 FILE에 저장하고 끝냅니다.</translation>
    </message>
    <message>
        <source>Print the time to the first painted window and exit.</source>
        <translation>창이 처음 그려지기까지 걸린 시간을 출력하고 끝냅니다.</translation>
    </message>
    <message>
        <source>Digests to import and show.</source>
        <translation>가져와서 보여 줄 다이제스트.</translation>
    </message>
    <message>
        <source>other starts cannot hand files to this window: %1</source>
        <translation>다른 실행에서 이 창으로 파일을 넘길 수 없습니다: %1</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>%1 파일을 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>Paperboy</source>
        <translation>Paperboy</translation>
    </message>
    <message>
        <source>The library cannot be opened:
%1</source>
        <translation>라이브러리를 열 수 없습니다:
%1</translation>
    </message>
    <message>
        <source>Or a command without a window (below).</source>
        <translation>또는 창 없이 실행할 명령 (아래 참고).</translation>
    </message>
</context>
</TS>
