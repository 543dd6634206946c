<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>BackgroundPage</name>
    <message>
        <source>Ask each question and record the answer as given. Any “yes” is flagged for the reviewer; explain it below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Background questions (Form I-131)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If yes: what happened, when, where, and the outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explanation of this “yes”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For every “yes”: what happened, when, where, and the outcome.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has the beneficiary ever been arrested, charged or convicted of a crime anywhere?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has the beneficiary ever violated US immigration law (e.g. overstayed)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is the beneficiary now in removal proceedings in the US?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not answered yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Was the beneficiary ever refused a US visa?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Was the beneficiary ever removed or deported from the US?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseListPage</name>
    <message>
        <source>Search cases by name or passport number</source>
        <translation>البحث في القضايا بالاسم أو رقم جواز السفر</translation>
    </message>
    <message>
        <source>Search names or passport numbers (Ctrl+F)</source>
        <translation>ابحث بالأسماء أو أرقام جوازات السفر (Ctrl+F)</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>تصفية حسب الحالة</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>كل الحالات</translation>
    </message>
    <message>
        <source>Reason filter</source>
        <translation>تصفية حسب السبب</translation>
    </message>
    <message>
        <source>All reasons</source>
        <translation>كل الأسباب</translation>
    </message>
    <message>
        <source>Channel filter</source>
        <translation>تصفية حسب الجهة</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>كل الجهات</translation>
    </message>
    <message numerus="yes">
        <source>Key date within %n day(s)</source>
        <translation>
            <numerusform>تاريخ رئيسي اليوم</numerusform>
            <numerusform>تاريخ رئيسي خلال يوم واحد</numerusform>
            <numerusform>تاريخ رئيسي خلال يومين</numerusform>
            <numerusform>تاريخ رئيسي خلال %n أيام</numerusform>
            <numerusform>تاريخ رئيسي خلال %n يومًا</numerusform>
            <numerusform>تاريخ رئيسي خلال %n يوم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s)</source>
        <translation>
            <numerusform>لا قضايا</numerusform>
            <numerusform>قضية واحدة</numerusform>
            <numerusform>قضيتان</numerusform>
            <numerusform>%Ln قضايا</numerusform>
            <numerusform>%Ln قضية</numerusform>
            <numerusform>%Ln قضية</numerusform>
        </translation>
    </message>
    <message>
        <source>Not ready</source>
        <translation>غير جاهزة</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>القضايا</translation>
    </message>
    <message>
        <source>No case matches the search and filters.</source>
        <translation>لا توجد قضية تطابق البحث والمرشّحات.</translation>
    </message>
    <message>
        <source>No cases yet. Choose File → New case (Ctrl+N) to start a request.</source>
        <translation>لا توجد قضايا بعد. اختر ملف ← قضية جديدة (Ctrl+N) لبدء طلب.</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{status} ⚠ conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date} ⚠ expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date} ⚠ {days} d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parole expires soon: talk to the beneficiary about re-parole in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two laptops changed this case differently: open it to choose which value to keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Born {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beneficiary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parole expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseWorkspace</name>
    <message>
        <source>← Cases</source>
        <translation>→ القضايا</translation>
    </message>
    <message>
        <source>Removed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People and documents removed from this case, kept until it is signed off: put one back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>حُفظت كل التغييرات</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a parole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed the parole {what}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed the document “{title}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>تعذّر الحفظ</translation>
    </message>
    <message>
        <source>Not saved: {field} — {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a valid value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This case had input that was not saved when the vault locked. It was kept encrypted in the vault and is back in the fields: check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved input restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving soon…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the exhibits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the family member&apos;s name first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case {n} was started for {name}, with the shared details copied. Both requests are in one family group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family member&apos;s request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the request and every attached file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running the checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>void</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n to fix</source>
        <translation>
            <numerusform>لا شيء للتصحيح</numerusform>
            <numerusform>واحد للتصحيح</numerusform>
            <numerusform>اثنان للتصحيح</numerusform>
            <numerusform>%n للتصحيح</numerusform>
            <numerusform>%n للتصحيح</numerusform>
            <numerusform>%n للتصحيح</numerusform>
        </translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Background</source>
        <translation>الخلفية</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>الفحوصات</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>الأدلة</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>التصدير</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>People</source>
        <translation>الأشخاص</translation>
    </message>
    <message>
        <source>Reason and statement</source>
        <translation>السبب والإفادة</translation>
    </message>
    <message>
        <source>Review and sign-off</source>
        <translation>المراجعة والاعتماد</translation>
    </message>
</context>
<context>
    <name>ChecksPage</name>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a finding (or press Enter) to go to the field it is about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run checks again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Rules pack {id} {version}&lt;/b&gt;, as of {as_of}.&lt;br&gt;Checks tell you what is missing; the reviewer decides. Nothing here is legal advice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{f} to fix before review · {w} warning(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing blocks review · {w} warning(s). The reviewer decides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  [verify before filing]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify before filing: figures in the rules pack ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For your information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictPanel</name>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another laptop changed {n} field(s) of this case differently. Until you choose, the case keeps this laptop&apos;s values and cannot be signed off.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Parole Desktop: unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong that should not happen. Everything already saved is safe in the vault.
Please copy the details below and send them to whoever supports your organisation&apos;s laptops. They contain no case data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log folder is {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreateVaultPage</name>
    <message>
        <source>Create your vault</source>
        <translation>أنشئ خزنتك</translation>
    </message>
    <message>
        <source>Cases are kept in an encrypted vault on this computer. Choose a passphrase: a few words that you will remember and nobody can guess. Without it (or the recovery key shown next) the cases cannot be opened by anyone, including you.</source>
        <translation>تُحفظ القضايا في خزنة مشفّرة على هذا الحاسوب. اختر عبارة مرور: بضع كلمات تتذكرها ولا يستطيع أحد تخمينها. بدونها (أو بدون مفتاح الاسترداد الذي يظهر بعد ذلك) لا يمكن لأحد فتح القضايا، ولا حتى أنت.</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>عبارة مرور جديدة</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>أعد كتابة عبارة المرور</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>قوة عبارة المرور</translation>
    </message>
    <message>
        <source>Create vault</source>
        <translation>إنشاء الخزنة</translation>
    </message>
    <message>
        <source>At least {n} characters; a phrase of several words is best.</source>
        <translation>{n} حرفًا على الأقل؛ والأفضل عبارة من عدة كلمات.</translation>
    </message>
    <message>
        <source>The two passphrases are different.</source>
        <translation>عبارتا المرور مختلفتان.</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the date from a calendar</source>
        <translation>اختر التاريخ من التقويم</translation>
    </message>
    <message>
        <source>YYYY/MM/DD (Solar Hijri), or leave empty if unknown</source>
        <translation>السنة/الشهر/اليوم (هجري شمسي)، أو اتركه فارغًا إن لم يكن معروفًا</translation>
    </message>
    <message>
        <source>YYYY/MM/DD (Solar Hijri)</source>
        <translation>السنة/الشهر/اليوم (هجري شمسي)</translation>
    </message>
    <message>
        <source>Solar Hijri calendar: on. Type the date as the client gives it (1370/05/12); the Gregorian date is shown beside it and stored. Click (or Ctrl+J) for Gregorian dates.</source>
        <translation>التقويم الهجري الشمسي: مفعّل. اكتب التاريخ كما يذكره العميل (1370/05/12)؛ يظهر التاريخ الميلادي بجانبه وهو الذي يُحفظ. انقر (أو Ctrl+J) للتواريخ الميلادية.</translation>
    </message>
    <message>
        <source>Gregorian calendar for this date</source>
        <translation>التقويم الميلادي لهذا التاريخ</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, or leave empty if unknown</source>
        <translation>YYYY-MM-DD، أو اتركه فارغًا إن لم يكن معروفًا</translation>
    </message>
    <message>
        <source>Solar Hijri calendar: off. Click (or Ctrl+J) to type the date as the client gives it in the Solar Hijri calendar.</source>
        <translation>التقويم الهجري الشمسي: معطّل. انقر (أو Ctrl+J) لكتابة التاريخ كما يذكره العميل بالتقويم الهجري الشمسي.</translation>
    </message>
    <message>
        <source>Solar Hijri calendar for this date</source>
        <translation>التقويم الهجري الشمسي لهذا التاريخ</translation>
    </message>
    <message>
        <source>“{text}” is not a date. Type it as YYYY-MM-DD (2026-12-31) or {local}, or pick it from the calendar.</source>
        <translation>«{text}» ليس تاريخًا. اكتبه بالشكل YYYY-MM-DD (2026-12-31) أو {local}، أو اختره من التقويم.</translation>
    </message>
    <message>
        <source>“{text}”: {year} is a Gregorian year. Type the date as the client gives it in the Solar Hijri calendar, or turn the Solar Hijri calendar off for this field (the sun button).</source>
        <translation>«{text}»: {year} سنة ميلادية. اكتب التاريخ كما يذكره العميل بالتقويم الهجري الشمسي، أو عطّل التقويم الهجري الشمسي لهذا الحقل (زر الشمس).</translation>
    </message>
    <message>
        <source>“{text}”: the year must have four digits, 1200 to 1599 (for example 1370).</source>
        <translation>«{text}»: يجب أن تكون السنة من أربعة أرقام، من 1200 إلى 1599 (مثلًا 1370).</translation>
    </message>
    <message>
        <source>“{text}”: there is no month {month}; the months are 1 to 12.</source>
        <translation>«{text}»: لا يوجد شهر {month}؛ الأشهر من 1 إلى 12.</translation>
    </message>
    <message>
        <source>“{text}”: {year} is not a leap year, so its last month (Hut, Esfand) has 29 days.</source>
        <translation>«{text}»: {year} ليست سنة كبيسة، لذا فإن شهرها الأخير (حوت، إسفند) فيه 29 يومًا.</translation>
    </message>
    <message>
        <source>“{text}”: month {month} of {year} has {days} days.</source>
        <translation>«{text}»: الشهر {month} من سنة {year} فيه {days} يومًا.</translation>
    </message>
    <message>
        <source>“{text}” is not a Solar Hijri date. Type it as year/month/day (1370/05/12), or pick it from the calendar.</source>
        <translation>«{text}» ليس تاريخًا هجريًا شمسيًا. اكتبه بالشكل السنة/الشهر/اليوم (1370/05/12)، أو اختره من التقويم.</translation>
    </message>
    <message>
        <source>Stored as {date} (Gregorian)</source>
        <translation>يُحفظ بصيغة {date} (ميلادي)</translation>
    </message>
</context>
<context>
    <name>DemoBanner</name>
    <message>
        <source>DEMO VAULT — synthetic cases only. Do not enter real client data; start the app without --demo for your own vault.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceDetail</name>
    <message>
        <source>Selected document</source>
        <extracomment>the volunteer asks to fill the stated facts from the document&apos;s text layer (read by the sandbox child)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist item / kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>— not a translation —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English translation of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The translator certified the translation is complete and accurate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Third-party document that names the beneficiary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The original document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A certified copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A phone photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the document itself says (checked against the people&apos;s records):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name as spelled in the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passport number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in from the passport line of the document&apos;s text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads the machine-readable line of a passport from the document&apos;s text layer (a PDF with text; a photo or a plain scan has none) and fills the empty fields above. Check what it fills.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the document&apos;s text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passport number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filled from the document&apos;s passport line: {what}. Check them against the document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fields already hold what you typed: nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No passport line was found in the document&apos;s text (a photo or plain scan has no text): type what the document says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> · %n page(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{name}
{size} · {media}{pages}{dims}
SHA-256: {sha}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidencePage</name>
    <message>
        <source>&lt;b&gt;Checklist&lt;/b&gt; (from the rules pack)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New files are:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or drop files here. Files are encrypted into the vault; the originals stay where they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ translate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>○ not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recommended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needed, but another check comes first (see the Checks step).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A foreign-language document needs a certified English translation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>translation of: {t}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ prints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ cannot be printed: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>? printing not checked yet (run the full check)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypting {name} into the vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: the remaining files were not added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some files were not added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add evidence files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.heic *.heif *.avif);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the document&apos;s text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document&apos;s text could not be read: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (verify before filing)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <source>Packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft (watermarked, for the reviewer and the family to read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final (needs a valid sign-off; signed with the reviewer&apos;s digital ID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filing packet (exactly what is mailed or presented)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review record (findings, verify items, signatures to collect, checklist, sign-off; not for filing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer&apos;s passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save in folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the client</source>
        <translation>للعميل</translation>
    </message>
    <message>
        <source>Client sheet…</source>
        <translation>ورقة العميل…</translation>
    </message>
    <message>
        <source>A short PDF in the client&apos;s language: the documents still needed, what happens next and how to reach you. Never the filing.</source>
        <translation>ملف PDF قصير بلغة العميل: المستندات التي ما زالت مطلوبة، وما يحدث بعد ذلك، وكيفية التواصل معكم. ليس الطلب نفسه أبدًا.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>English: the rules pack&apos;s own text.</source>
        <translation>الإنجليزية: النص الأصلي لحزمة القواعد.</translation>
    </message>
    <message>
        <source>{note} Texts not yet reviewed by a qualified translator are marked on the sheet.</source>
        <translation>{note} النصوص التي لم يراجعها مترجم مؤهل بعد معلَّمة على الورقة.</translation>
    </message>
    <message>
        <source>Save the client sheet in</source>
        <translation>حفظ ورقة العميل في</translation>
    </message>
    <message>
        <source>Making the client sheet…</source>
        <translation>جارٍ إعداد ورقة العميل…</translation>
    </message>
    <message>
        <source>No client sheet was written</source>
        <translation>لم تُكتب أي ورقة للعميل</translation>
    </message>
    <message>
        <source>Client sheet saved: {path}
{pages} page(s), {n} document(s) still needed.</source>
        <translation>حُفظت ورقة العميل: {path}
{pages} صفحة، {n} مستند ما زال مطلوبًا.</translation>
    </message>
    <message>
        <source>Save the packet in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save (a USB stick is best)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the reviewer&apos;s passphrase to sign the final packet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying the packet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building the packet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No packet was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final, signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review record saved: {path}
{pages} pages; {s} signatures to collect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal record — not for filing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} packet saved: {path}
{pages} pages, {n} exhibits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft: watermarked and not signed — not for filing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Signed by {s}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Verified: the packet is intact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ Verification found problems: {p}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>العربية</translation>
    </message>
    <message>
        <source>Dari</source>
        <translation>الدرية</translation>
    </message>
    <message>
        <source>Haitian Creole</source>
        <translation>الكريولية الهايتية</translation>
    </message>
    <message>
        <source>Pashto</source>
        <translation>البشتوية</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>الإسبانية</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>الأوكرانية</translation>
    </message>
</context>
<context>
    <name>IdleWatcher</name>
    <message numerus="yes">
        <source>Locking in %n second(s) without use — move the mouse or press a key to stay unlocked.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LanguageChooser</name>
    <message>
        <source>Interface language</source>
        <translation>لغة الواجهة</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation type="unfinished">غير مكتملة</translation>
    </message>
    <message>
        <source>{language}: {percent}% of its texts are translated; a language ships at 90%.</source>
        <translation type="unfinished">{language}: {percent}% من نصوصها مترجمة؛ تُعتمد اللغة عند 90%.</translation>
    </message>
    <message>
        <source>English: the program&apos;s own texts.</source>
        <translation type="unfinished">الإنجليزية: نصوص البرنامج الأصلية.</translation>
    </message>
    <message>
        <source>complete enough to ship</source>
        <translation type="unfinished">مكتملة بما يكفي للاعتماد</translation>
    </message>
    <message>
        <source>incomplete: a language ships when 90% of its texts exist</source>
        <translation type="unfinished">غير مكتملة: تُعتمد اللغة عندما تتوفر 90% من نصوصها</translation>
    </message>
    <message>
        <source>Translated: screens {ui}%, command line {core}%, rules pack {pack}% (drafts count). Client texts reviewed: {reviewed} of {total}; the others are marked. {verdict}.</source>
        <translation type="unfinished">المترجم: الشاشات {ui}%، سطر الأوامر {core}%، حزمة القواعد {pack}% (المسودات محسوبة). نصوص العميل المراجَعة: {reviewed} من {total}؛ والباقي معلَّم. {verdict}.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;New case…</source>
        <extracomment>what unlocking needs, imported in the background once the lock screen is painted (no Qt in them)</extracomment>
        <translation>قضية &amp;جديدة…</translation>
    </message>
    <message>
        <source>&amp;Back to cases</source>
        <translation>&amp;العودة إلى القضايا</translation>
    </message>
    <message>
        <source>&amp;Find case</source>
        <translation>&amp;بحث عن قضية</translation>
    </message>
    <message>
        <source>&amp;Backup…</source>
        <translation>&amp;نسخ احتياطي…</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>&amp;استعادة نسخة احتياطية…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;قفل</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>&amp;Reviewer profiles…</source>
        <translation>&amp;ملفات المراجعين…</translation>
    </message>
    <message>
        <source>&amp;Import rules pack…</source>
        <translation>ا&amp;ستيراد حزمة القواعد…</translation>
    </message>
    <message>
        <source>&amp;Verify audit log</source>
        <translation>&amp;التحقق من سجل التدقيق</translation>
    </message>
    <message>
        <source>&amp;Export bundle…</source>
        <translation>&amp;تصدير حزمة…</translation>
    </message>
    <message>
        <source>&amp;Import bundle…</source>
        <translation>ا&amp;ستيراد حزمة…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>الإ&amp;عدادات…</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;حول</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;Share</source>
        <translation>م&amp;شاركة</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;أدوات</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>الرئيسي</translation>
    </message>
    <message>
        <source>Vault: {folder}</source>
        <translation>الخزنة: {folder}</translation>
    </message>
    <message>
        <source>Rules {id} {version}, as of {date}</source>
        <translation>القواعد {id} {version}، سارية حتى {date}</translation>
    </message>
    <message>
        <source>No backup yet: make the first one with File → Backup…</source>
        <translation>لا توجد نسخة احتياطية بعد: أنشئ الأولى من ملف ← نسخ احتياطي…</translation>
    </message>
    <message>
        <source>Last backup {when}</source>
        <translation>آخر نسخة احتياطية {when}</translation>
    </message>
    <message>
        <source>Never backed up</source>
        <translation>لم يُنسخ احتياطيًا قط</translation>
    </message>
    <message numerus="yes">
        <source>no backup in %n day(s): File → Backup…</source>
        <translation>
            <numerusform>لا نسخة احتياطية منذ أقل من يوم: ملف ← نسخ احتياطي…</numerusform>
            <numerusform>لا نسخة احتياطية منذ يوم واحد: ملف ← نسخ احتياطي…</numerusform>
            <numerusform>لا نسخة احتياطية منذ يومين: ملف ← نسخ احتياطي…</numerusform>
            <numerusform>لا نسخة احتياطية منذ %n أيام: ملف ← نسخ احتياطي…</numerusform>
            <numerusform>لا نسخة احتياطية منذ %n يومًا: ملف ← نسخ احتياطي…</numerusform>
            <numerusform>لا نسخة احتياطية منذ %n يوم: ملف ← نسخ احتياطي…</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>تعذّر الحفظ</translation>
    </message>
    <message>
        <source>Locked. Input that could not be saved yet is kept encrypted in the vault and comes back when you open the case.</source>
        <translation>قُفلت. البيانات التي تعذّر حفظها بعد محفوظة مشفّرةً في الخزنة وتعود عند فتح القضية.</translation>
    </message>
    <message numerus="yes">
        <source>Locked after %n minute(s) without use.</source>
        <translation>
            <numerusform>قُفلت بعد أقل من دقيقة دون استخدام.</numerusform>
            <numerusform>قُفلت بعد دقيقة واحدة دون استخدام.</numerusform>
            <numerusform>قُفلت بعد دقيقتين دون استخدام.</numerusform>
            <numerusform>قُفلت بعد %n دقائق دون استخدام.</numerusform>
            <numerusform>قُفلت بعد %n دقيقة دون استخدام.</numerusform>
            <numerusform>قُفلت بعد %n دقيقة دون استخدام.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the backup to restore</source>
        <translation>اختر النسخة الاحتياطية المراد استعادتها</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>استعادة</translation>
    </message>
    <message>
        <source>The passphrase the backup was made with:</source>
        <translation>عبارة المرور التي صُنعت بها النسخة الاحتياطية:</translation>
    </message>
    <message>
        <source>The vault will be locked and replaced by the backup. The current vault is not deleted: it is kept aside in the data folder.</source>
        <translation>ستُقفل الخزنة وتُستبدل بالنسخة الاحتياطية. لا تُحذف الخزنة الحالية: تُحفظ جانبًا في مجلد البيانات.</translation>
    </message>
    <message>
        <source>Wait until “{job}” has finished, or cancel it.</source>
        <translation>انتظر حتى تنتهي «{job}»، أو ألغِها.</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <source>New case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not chosen yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These existing cases look like the same person. Double-click one to open it, or create the new case anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Similar existing cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>birth date unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of birth is in the future. Correct it or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the beneficiary&apos;s given or family name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OperationRunner</name>
    <message>
        <source>Please wait: “{running}” is still running. Try again when it has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>OutcomePage</name>
    <message>
        <source>Filing and decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. IOE0123456789</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— no decision yet —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I-94 number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parole expires on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as filed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: &lt;b&gt;{s}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision date is before the filing date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the decision first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision date is before the filing date. Correct one of them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An approval needs the date parole expires (on the I-94 or the approval notice). Enter it under “Parole expires on”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed off</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParoleTable</name>
    <message>
        <source>Add a parole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I-94 number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paroled on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public benefit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent humanitarian</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>Beneficiary (the person to be paroled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beneficiary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The beneficiary files for themself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Otherwise: the person who files (the requestor). They need not live in the US or be related.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requestor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Financial supporter {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add another supporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supporters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An attorney or accredited representative represents the requestor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family member {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add family member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parole gives no derivative benefits: each family member who travels needs their own request. Link it here by its case number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparer (you, the volunteer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interpreter (if one helped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signer for a beneficiary under 14 (parent or guardian)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form I-131 Part 12: the preparer&apos;s organization and daytime phone (*) are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form I-131 Part 11: who read the form to the client, and in which language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparer and signers</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n to fix</source>
        <translation>
            <numerusform>لا شيء للتصحيح</numerusform>
            <numerusform>واحد للتصحيح</numerusform>
            <numerusform>اثنان للتصحيح</numerusform>
            <numerusform>%n للتصحيح</numerusform>
            <numerusform>%n للتصحيح</numerusform>
            <numerusform>%n للتصحيح</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <source>Looks (Form I-131 Part 3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the travel document: as the person describes themself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I-94 and paroles (Form I-131 Part 2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only for someone already in the US (re-parole, parole in place): copy the I-94.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier documents (Form I-131 Part 4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Travel documents USCIS gave this person before, if any.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailing address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address as typed before (one line). The form needs it in parts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm the parts: fill them from this line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposes street, city, region, postal code and country. Check each one: it is a guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The home (physical) address is different</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Physical address (where they live)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier and current paroles (one row each, from the I-94s):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type the state, e.g. CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>12345 or 12345-6789</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case {n}: request of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no case {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another (X)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— not given —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type part of the name, e.g. afg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— not answered —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— none —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 8 (the form&apos;s box takes 6 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as in the passport&apos;s machine-readable line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>11 characters, on the I-94</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as printed on the I-94, e.g. DT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A-Number (if any)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>American Indian or Alaska Native</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apartment, suite or floor number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apt. / Ste. / Flr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bald (No Hair)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bar number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Black</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Black or African American</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blond</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City or town</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class of admission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country of citizenship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country where they are now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DOJ accreditation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daytime phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daytime phone *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier paroles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ever had a reentry permit or refugee travel document?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ever had an advance parole document?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eye colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name as in the passport (Latin letters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form G-28 is filed with the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form I-134</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form I-134A (closed programs only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given name as in the passport (Latin letters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hair colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hazel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height: feet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hispanic or Latino</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I-94 expires (admit until)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I-94 number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In care of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language used *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter of commitment (organization)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maroon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Native Hawaiian or Other Pacific Islander</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not Hispanic or Latino</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization or law office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization that files (if any; the name above signs for it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other names used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent or legal guardian (relationship)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passport expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passport number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal code / ZIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Race (all that apply)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship to the beneficiary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State / province / region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street number and name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supporter is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The beneficiary themself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their own request (case number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US status (citizen, LPR, parolee…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown/Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight (pounds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>White</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inches</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonList</name>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this person from the case (Undo puts them back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as the requestor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requestor is also this supporter: fill the empty fields from the requestor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start their own request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new case with this person as the beneficiary, the shared details copied, both requests in one family group and linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the requestor first (Requestor tab).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PickCombo</name>
    <message>
        <source>{text} is not a {what} in the list: type part of its name and pick it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>Document preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ Previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next page ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate ↻</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn the page a quarter to the right (the file is not changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file cannot be shown. It may be damaged or in a format the preview does not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <extracomment>Translate as &quot;RTL&quot; for a right-to-left language (Arabic, Dari, Pashto), &quot;LTR&quot; for any other.</extracomment>
        <translation>RTL</translation>
    </message>
</context>
<context>
    <name>ReasonPage</name>
    <message>
        <source>What is asked (Form I-131 Part 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kind of request, its legal basis and who brings it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First parole (the person is abroad)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-parole (already paroled into the US)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parole in place (already in the US)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— not answered —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes: has not left the US</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No: has left the US since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-parole: stayed in the US since the parole began</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the US since …; or when they left and came back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presence: details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— not chosen yet —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent humanitarian reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Significant public benefit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private request (Form I-131)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency referral (a US agency sponsors it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who brings it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. the US agency that refers the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sponsoring agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In this packet (the official form, filled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follows: the requestor sends it later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The supporter mails it themselves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supporter&apos;s signed I-134</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— choose a reason —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the family&apos;s own words: what happened, why it is urgent now, what the person will do in the United States and how they will return home.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates and duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An event on that day: arrive before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A deadline: arriving that day is in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key date is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event: surgery, hearing, funeral (arriving on the day is too late). Deadline: must arrive by that day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happens on that date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for expedited processing (mark the request EXPEDITE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parole needed for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needed when more than 12 months are requested.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why that long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visa and admissibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why no visa or other pathway in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why a visa or admission is not possible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grounds (tick all that apply)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The grounds of inadmissibility (INA 212(a)) of this list, from the rules pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The grounds of inadmissibility (INA 212(a)); the rules pack has no list yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pick from the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the exception, in the proclamation&apos;s words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry-ban exception claimed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only when the country is under an entry suspension (Proclamation 10949 or 10998).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it applies, and the evidence for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exception: why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USCIS (Form I-131, beneficiary outside the US)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CBP at a port of entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filed with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port of entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the port&apos;s street address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port address (CBP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HH:MM, e.g. 09:30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time at the port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City, Country — e.g. Islamabad, Pakistan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US embassy or consulate to notify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intended arrival date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty for a general case-by-case request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee waiver requested (Form I-912)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filing fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filing mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form G-1450 (credit, debit or prepaid card)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form G-1650 (debit from a US bank account)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form G-1651 (exemption from electronic payment)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form I-912 (fee waiver instead of payment)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment (paper filing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose card or bank account pays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The beneficiary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requestor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A supporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else (not in the request)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payer is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card was issued outside the US (G-1450)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payer&apos;s account is at a US bank (needed for G-1650)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client plans to pay it when parole is granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A statutory exception is claimed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parole fee (due at grant)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exception claimed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facts for the cover letter (only what the client told you)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intent to return home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ties to the home country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funeral: who died</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funeral: relationship to the beneficiary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minor: who they travel with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minor: companion&apos;s relationship to the child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protection: why refugee processing is not available in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least {a} words are needed; {b} or more recommended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{b} or more words recommended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>long enough</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} words — {note}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoverPage</name>
    <message>
        <source>Unlock with the recovery key</source>
        <translation>فتح القفل بمفتاح الاسترداد</translation>
    </message>
    <message>
        <source>Type the recovery key from the paper sheet, then choose a new passphrase.</source>
        <translation>اكتب مفتاح الاسترداد من الورقة، ثم اختر عبارة مرور جديدة.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>مفتاح الاسترداد</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>عبارة مرور جديدة</translation>
    </message>
    <message>
        <source>Repeat the new passphrase</source>
        <translation>أعد كتابة عبارة المرور الجديدة</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>Unlock and set passphrase</source>
        <translation>فتح القفل وتعيين عبارة المرور</translation>
    </message>
    <message>
        <source>The new passphrase is too short: use at least {n} characters.</source>
        <translation>عبارة المرور الجديدة قصيرة جدًا: استخدم {n} حرفًا على الأقل.</translation>
    </message>
    <message>
        <source>The two new passphrases are different.</source>
        <translation>عبارتا المرور الجديدتان مختلفتان.</translation>
    </message>
    <message>
        <source>That recovery key does not open this vault. Check each group of letters.</source>
        <translation>مفتاح الاسترداد هذا لا يفتح هذه الخزنة. تحقّق من كل مجموعة من الأحرف.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPage</name>
    <message>
        <source>Your recovery key</source>
        <translation>مفتاح الاسترداد الخاص بك</translation>
    </message>
    <message>
        <source>If the passphrase is forgotten, this key is the only way to open the vault. Write it on paper (or print it) and keep it locked away, apart from this computer. It is shown only now.</source>
        <translation>إذا نُسيت عبارة المرور، فهذا المفتاح هو الطريقة الوحيدة لفتح الخزنة. اكتبه على ورقة (أو اطبعه) واحفظه في مكان مقفل بعيدًا عن هذا الحاسوب. لن يظهر إلا الآن.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>مفتاح الاسترداد</translation>
    </message>
    <message>
        <source>I have written it down</source>
        <translation>لقد كتبته</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>طباعة…</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>متابعة</translation>
    </message>
    <message>
        <source>Parole Desktop vault recovery key</source>
        <translation>مفتاح استرداد خزنة Parole Desktop</translation>
    </message>
    <message>
        <source>Printed on {date}. Keep this sheet locked away, apart from the laptop.</source>
        <translation>طُبع في {date}. احفظ هذه الورقة في مكان مقفل بعيدًا عن الحاسوب المحمول.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>طباعة</translation>
    </message>
    <message>
        <source>Printing is not available on this computer. Write the recovery key down by hand.</source>
        <translation>الطباعة غير متاحة على هذا الحاسوب. اكتب مفتاح الاسترداد بخط اليد.</translation>
    </message>
    <message>
        <source>The recovery key is printed only on a printer, never into a file (a file could be copied or synced). Choose a printer, or write the key down by hand.</source>
        <translation>لا يُطبع مفتاح الاسترداد إلا على طابعة، ولا يُحفظ أبدًا في ملف (قد يُنسخ الملف أو يُزامَن). اختر طابعة، أو اكتب المفتاح بخط اليد.</translation>
    </message>
</context>
<context>
    <name>RemovedItemsDialog</name>
    <message>
        <source>Removed from this case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was removed from this case stays in the vault, with its file, until the case is signed off. Pick one and put it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind}: {label} — removed {when} by {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not put back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReprobeStatus</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">إلغاء</translation>
    </message>
    <message>
        <source>Stop preparing exhibit pages now; a packet export prepares what is still missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing exhibit pages and thumbnails: {done} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>The reviewer reads the whole request and the evidence, then signs off with their own passphrase. A later change to the request or its documents sets the sign-off aside until the request is back exactly as signed, or the reviewer signs again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer&apos;s passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reviewer profile exists yet. A reviewer creates one in the Reviewers settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roster</source>
        <translation type="unfinished">قائمة الثقة</translation>
    </message>
    <message>
        <source>Warnings the reviewer accepts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ {name} ({role} {number}) is listed — key {fpr}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ Cannot sign: {why}. Key {fpr}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this is acceptable (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed off yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ SIGN-OFF VOID — {reason}.
Signed by {who} on {when}. The reviewer must review the case again and sign off anew.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Signed off by {who} on {when} with rules pack {pack} {version}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings accepted:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a reviewer first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed off</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewersDialog</name>
    <message>
        <source>Reviewer profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attorneys, accredited representatives and supervisors who sign off requests. Each reviewer&apos;s signing key is protected by their own passphrase, which only they should know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the organization&apos;s roster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write enrolment request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import digital ID (.p12/.pfx)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the reviewer passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished">ال&amp;اسم</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bar number / accreditation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;peat passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No organization roster yet: nobody can sign off until the org admin&apos;s signed roster is imported. A solo attorney is their own organization (see docs/security.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted organization: {org}{demo} · roster version {v} · org fingerprint {f}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (DEMO)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF signing ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key {f}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ listed in the roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ cannot sign: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reviewer passphrase needs at least {n} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases are different.</source>
        <translation>عبارتا المرور مختلفتان.</translation>
    </message>
    <message>
        <source>Creating the reviewer&apos;s keys…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the organization&apos;s roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roster (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roster</source>
        <translation type="unfinished">قائمة الثقة</translation>
    </message>
    <message>
        <source>Roster version {v} of {org} is now in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reviewer&apos;s passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the enrolment request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolment (*.json)</source>
        <translation type="unfinished">ملف التسجيل (*.json)</translation>
    </message>
    <message>
        <source>Give the file to the org admin and read them this key fingerprint by phone or in person: {f}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the digital ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digital ID (*.p12 *.pfx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digital ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password of the digital ID file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing the digital ID…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The digital ID will sign this reviewer&apos;s packets.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>&amp;Interface language</source>
        <translation>&amp;لغة الواجهة</translation>
    </message>
    <message>
        <source>Menus, screens and messages change at once. The packet for filing (forms and letters) stays in English.</source>
        <translation>تتغير القوائم والشاشات والرسائل فورًا. ملف التقديم (النماذج والرسائل) يبقى باللغة الإنجليزية.</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>الأمان</translation>
    </message>
    <message>
        <source>Lock after minutes without use</source>
        <translation>القفل بعد دقائق دون استخدام</translation>
    </message>
    <message>
        <source> min</source>
        <translation> د</translation>
    </message>
    <message>
        <source>&amp;Lock after no use for</source>
        <translation>&amp;القفل بعد عدم الاستخدام لمدة</translation>
    </message>
    <message>
        <source>Rotate keys…</source>
        <translation>تدوير المفاتيح…</translation>
    </message>
    <message>
        <source>When the passphrase or an old key file may be known to someone: a new master key, old copies stop working.</source>
        <translation>عندما قد يعرف أحدٌ عبارة المرور أو ملف مفاتيح قديمًا: مفتاح رئيسي جديد، وتتوقف النسخ القديمة عن العمل.</translation>
    </message>
    <message>
        <source>New recovery key…</source>
        <translation>مفتاح استرداد جديد…</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>المفاتيح</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>النسخ الاحتياطي</translation>
    </message>
    <message>
        <source>A backup is one encrypted file. Keep it on a USB stick stored apart from the laptop; it opens only with this vault&apos;s passphrase.</source>
        <translation>النسخة الاحتياطية ملف واحد مشفّر. احفظها على ذاكرة USB بعيدًا عن الحاسوب المحمول؛ لا تُفتح إلا بعبارة مرور هذه الخزنة.</translation>
    </message>
    <message>
        <source>Back up now…</source>
        <translation>نسخ احتياطي الآن…</translation>
    </message>
    <message>
        <source>This laptop (sharing cases)</source>
        <translation>هذا الحاسوب (مشاركة الحالات)</translation>
    </message>
    <message>
        <source>This laptop&apos;s name</source>
        <translation>اسم هذا الحاسوب</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>ال&amp;اسم</translation>
    </message>
    <message>
        <source>This laptop&apos;s fingerprint</source>
        <translation>بصمة هذا الحاسوب</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>البصمة</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>قائمة الثقة</translation>
    </message>
    <message>
        <source>Save enrolment for the org admin…</source>
        <translation>حفظ ملف التسجيل لمسؤول المنظمة…</translation>
    </message>
    <message>
        <source>A file with this laptop&apos;s public keys. The org admin lists it in the roster after comparing the fingerprint (read aloud or scanned from the QR code).</source>
        <translation>ملف فيه المفاتيح العامة لهذا الحاسوب. يضيفه مسؤول المنظمة إلى قائمة الثقة بعد مقارنة البصمة (تُقرأ بصوت عالٍ أو تُمسح من رمز QR).</translation>
    </message>
    <message>
        <source>QR code of this laptop&apos;s fingerprint</source>
        <translation>رمز QR لبصمة هذا الحاسوب</translation>
    </message>
    <message>
        <source>Save this laptop&apos;s enrolment</source>
        <translation>حفظ ملف تسجيل هذا الحاسوب</translation>
    </message>
    <message>
        <source>Enrolment (*.json)</source>
        <translation>ملف التسجيل (*.json)</translation>
    </message>
    <message>
        <source>Enrolment not saved</source>
        <translation>لم يُحفظ ملف التسجيل</translation>
    </message>
    <message>
        <source>Enrolment saved</source>
        <translation>حُفظ ملف التسجيل</translation>
    </message>
    <message>
        <source>Give {file} to the org admin and compare this fingerprint with theirs: {fpr}</source>
        <translation>أعطِ {file} لمسؤول المنظمة وقارن هذه البصمة ببصمته: {fpr}</translation>
    </message>
    <message>
        <source>This vault has never been backed up.</source>
        <translation>لم تُنسخ هذه الخزنة احتياطيًا قط.</translation>
    </message>
    <message>
        <source>Last backup: {when}</source>
        <translation>آخر نسخة احتياطية: {when}</translation>
    </message>
    <message>
        <source>Make the first backup onto a USB stick when you can.</source>
        <translation>أنشئ أول نسخة احتياطية على ذاكرة USB عندما تستطيع.</translation>
    </message>
    <message>
        <source>Please make a backup now.</source>
        <translation>يُرجى عمل نسخة احتياطية الآن.</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>لم تُحفظ الإعدادات</translation>
    </message>
</context>
<context>
    <name>SignoffGuard</name>
    <message>
        <source>Change the signed request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reviewer&apos;s sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sign-off by {name} on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This request matches {who}. Any change you make now sets that sign-off aside until the request is back as signed or the reviewer signs again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed off: this request matches {who}. Its fields are locked so that a slip of the keyboard cannot set the sign-off aside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} no longer matches this request: it was changed after the reviewer signed. Ask the reviewer to review and sign again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and {n} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} no longer matches: changed {fields}. Undo these changes to restore the sign-off, or ask the reviewer to sign again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a signed request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This request matches {who}. If you change anything, the sign-off is set aside: the request cannot be exported as final until it is back exactly as signed or the reviewer signs again.

Change the request?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are changing a signed request ({who}). Changed fields are listed here as you type.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <source>Put it back (Ctrl+Z)</source>
        <translation>أعِده (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>إخفاء</translation>
    </message>
    <message>
        <source>Put back.</source>
        <translation>أُعيد.</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Unlock the vault</source>
        <translation>فتح قفل الخزنة</translation>
    </message>
    <message>
        <source>Vault: {folder}</source>
        <translation>الخزنة: {folder}</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <source>Use recovery key</source>
        <translation>استخدام مفتاح الاسترداد</translation>
    </message>
    <message>
        <source>Unlock anyway</source>
        <translation>فتح القفل على أي حال</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>فتح القفل</translation>
    </message>
    <message>
        <source>DEMO vault with synthetic cases. Passphrase: {passphrase} — do not put real client data in it; start without --demo for your own vault.</source>
        <translation>خزنة تجريبية بقضايا وهمية. عبارة المرور: {passphrase} — لا تضع فيها بيانات عملاء حقيقية؛ شغّل البرنامج بدون ⁦--demo⁩ لخزنتك الخاصة.</translation>
    </message>
    <message>
        <source>Demo reviewer&apos;s passphrase: {p}</source>
        <translation>عبارة مرور المراجِع التجريبي: {p}</translation>
    </message>
    <message>
        <source>Only do this if the vault is not open on the other computer any more (it crashed, or the USB stick was pulled out). Two computers writing to one vault can lose work.</source>
        <translation>لا تفعل ذلك إلا إذا لم تعد الخزنة مفتوحة على الحاسوب الآخر (توقف عن العمل، أو نُزعت ذاكرة USB). إذا كتب حاسوبان في خزنة واحدة فقد يضيع العمل.</translation>
    </message>
    <message>
        <source>Wrong passphrase. You can try again in {n} s.</source>
        <translation>عبارة المرور خاطئة. يمكنك المحاولة مرة أخرى بعد {n} ث.</translation>
    </message>
    <message>
        <source>Unlock ({n} s)</source>
        <translation>فتح القفل ({n} ث)</translation>
    </message>
    <message>
        <source>Wrong passphrase. Check Caps Lock and the keyboard language, then try again.</source>
        <translation>عبارة المرور خاطئة. تحقّق من مفتاح الأحرف الكبيرة ولغة لوحة المفاتيح، ثم حاول مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>_Counts</name>
    <message numerus="yes">
        <source>The audit log is intact: %n entries, none changed or removed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The audit log has problems (%n entries checked):
{problems}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>Continue</source>
        <translation>متابعة</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <source>Parole Desktop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Accredited representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attorney</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CBP at a port of entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family unity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funeral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal proceeding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medical treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organ donor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public benefit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USCIS (Form I-131)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit a sick relative</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pack_texts</name>
    <message>
        <source>translation out of date: shown in English</source>
        <translation type="unfinished">الترجمة قديمة: تُعرض بالإنجليزية</translation>
    </message>
    <message>
        <source>not translated yet: shown in English</source>
        <translation type="unfinished">لم تُترجم بعد: تُعرض بالإنجليزية</translation>
    </message>
    <message>
        <source>* not yet reviewed: a draft translation a qualified translator has not checked.</source>
        <translation type="unfinished">* لم تُراجَع بعد: مسودة ترجمة لم يراجعها مترجم مؤهل.</translation>
    </message>
    <message>
        <source>Not yet reviewed: a draft translation a qualified translator has not checked.</source>
        <translation type="unfinished">لم تُراجَع بعد: مسودة ترجمة لم يراجعها مترجم مؤهل.</translation>
    </message>
    <message>
        <source>In English, as stored: {message}</source>
        <translation type="unfinished">بالإنجليزية، كما هو محفوظ: {message}</translation>
    </message>
</context>
<context>
    <name>reviewers</name>
    <message>
        <source>Trust this organization?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First roster for this vault: {org}.
Type the org key fingerprint the org admin gave you by phone or in person (32 characters or more). Nothing is trusted if it differs.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>screens</name>
    <message>
        <source>Backing up the vault…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>share</name>
    <message>
        <source>Parole Desktop bundle (*.pdbundle);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any laptop of the organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle holds nothing new: as far as this laptop knows, they already have everything it has. It still carries this laptop&apos;s acknowledgements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} sealed objects, {size} KB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle number {number} for {who} written to:
{path}

{body}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle number {number} from “{sender}” imported.

Applied: {applied}
Waiting for what they depend on: {waiting}
Already here: {duplicate}
Kept aside (quarantined): {quarantined}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept aside, and why:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is waiting is kept and taken as soon as what it depends on arrives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export a bundle to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export bundle</source>
        <translation>تصدير حزمة</translation>
    </message>
    <message>
        <source>Writing the bundle…</source>
        <translation>جارٍ كتابة الحزمة…</translation>
    </message>
    <message>
        <source>Import which bundle?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import bundle</source>
        <translation>استيراد حزمة</translation>
    </message>
    <message>
        <source>Importing the bundle…</source>
        <translation>جارٍ استيراد الحزمة…</translation>
    </message>
</context>
<context>
    <name>tools</name>
    <message>
        <source>Parole Desktop backup (*.pdbackup);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>النسخ الاحتياطي</translation>
    </message>
    <message>
        <source>Backup written and verified:
{path}

{cases} cases, {files} files, {size:.1f} MB.
Last backup: {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up the vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up the vault to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>استعادة</translation>
    </message>
    <message>
        <source>The backup was restored. Unlock it with the passphrase it was made with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The previous vault was kept aside in:
{folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the other vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a new recovery key? The old one will no longer open this vault. Do this when the old one may have been seen or lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a new recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write this recovery key down (or print this window) and keep it apart from the laptop. It is shown only now:

{key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotating the keys makes copies of the old key file and the old recovery key useless against this vault. Backups made before keep their old keys: make a new backup afterwards.

The vault&apos;s passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-encrypting the files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotating the vault&apos;s keys…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a signed rules pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules pack (*.json *.signed.json *.pack);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules pack refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rules pack was not imported:
{why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules pack imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported {id} version {version}, as of {as_of}.
Readiness is checked with the newest pack from the next unlock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>widget</name>
    <message>
        <source>The text is refused: {why}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
