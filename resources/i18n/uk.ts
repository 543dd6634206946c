<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk" sourcelanguage="en">
<context>
    <name>BackgroundPage</name>
    <message>
        <source>Ask each question and record the answer as given. Any “yes” is flagged for the reviewer; explain it below.</source>
        <translation type="unfinished">Поставте кожне запитання й запишіть відповідь так, як її дали. Кожне «так» позначається для рецензента; поясніть його нижче.</translation>
    </message>
    <message>
        <source>Background questions (Form I-131)</source>
        <translation type="unfinished">Запитання про минуле (Form I-131)</translation>
    </message>
    <message>
        <source>If yes: what happened, when, where, and the outcome</source>
        <translation type="unfinished">Якщо так: що сталося, коли, де і чим закінчилося</translation>
    </message>
    <message>
        <source>Explanation of this “yes”</source>
        <translation type="unfinished">Пояснення цього «так»</translation>
    </message>
    <message>
        <source>For every “yes”: what happened, when, where, and the outcome.</source>
        <translation type="unfinished">Для кожного «так»: що сталося, коли, де і чим закінчилося.</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation type="unfinished">Пояснення</translation>
    </message>
    <message>
        <source>Has the beneficiary ever been arrested, charged or convicted of a crime anywhere?</source>
        <translation type="unfinished">Чи бенефіціара коли-небудь заарештовували, обвинувачували або засуджували за злочин будь-де?</translation>
    </message>
    <message>
        <source>Has the beneficiary ever violated US immigration law (e.g. overstayed)?</source>
        <translation type="unfinished">Чи порушував бенефіціар коли-небудь імміграційні закони США (напр., перебував понад строк)?</translation>
    </message>
    <message>
        <source>Is the beneficiary now in removal proceedings in the US?</source>
        <translation type="unfinished">Чи перебуває бенефіціар зараз у процедурі видворення (removal proceedings) у США?</translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished">Ні</translation>
    </message>
    <message>
        <source>Not answered yet</source>
        <translation type="unfinished">Ще немає відповіді</translation>
    </message>
    <message>
        <source>Was the beneficiary ever refused a US visa?</source>
        <translation type="unfinished">Чи відмовляли бенефіціару коли-небудь у візі США?</translation>
    </message>
    <message>
        <source>Was the beneficiary ever removed or deported from the US?</source>
        <translation type="unfinished">Чи було бенефіціара коли-небудь видворено або депортовано зі США?</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished">Так</translation>
    </message>
</context>
<context>
    <name>CaseListPage</name>
    <message>
        <source>Search cases by name or passport number</source>
        <translation type="unfinished">Пошук справ за ім&apos;ям або номером паспорта</translation>
    </message>
    <message>
        <source>Search names or passport numbers (Ctrl+F)</source>
        <translation type="unfinished">Пошук імен або номерів паспортів (Ctrl+F)</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation type="unfinished">Фільтр статусу</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished">Усі статуси</translation>
    </message>
    <message>
        <source>Reason filter</source>
        <translation type="unfinished">Фільтр причини</translation>
    </message>
    <message>
        <source>All reasons</source>
        <translation type="unfinished">Усі причини</translation>
    </message>
    <message>
        <source>Channel filter</source>
        <translation type="unfinished">Фільтр каналу</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation type="unfinished">Усі канали</translation>
    </message>
    <message numerus="yes">
        <source>Key date within %n day(s)</source>
        <translation type="unfinished">
            <numerusform>Ключова дата протягом %n дня</numerusform>
            <numerusform>Ключова дата протягом %n днів</numerusform>
            <numerusform>Ключова дата протягом %n днів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s)</source>
        <translation type="unfinished">
            <numerusform>%Ln справа</numerusform>
            <numerusform>%Ln справи</numerusform>
            <numerusform>%Ln справ</numerusform>
        </translation>
    </message>
    <message>
        <source>Not ready</source>
        <translation type="unfinished">Не готово</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished">Справи</translation>
    </message>
    <message>
        <source>No case matches the search and filters.</source>
        <translation type="unfinished">Жодна справа не відповідає пошуку та фільтрам.</translation>
    </message>
    <message>
        <source>No cases yet. Choose File → New case (Ctrl+N) to start a request.</source>
        <translation type="unfinished">Справ ще немає. Виберіть Файл → Нова справа (Ctrl+N), щоб почати запит.</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <source>(no name)</source>
        <translation type="unfinished">(без імені)</translation>
    </message>
    <message>
        <source>{status} ⚠ conflict</source>
        <translation type="unfinished">{status} ⚠ конфлікт</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation type="unfinished">не перевірено</translation>
    </message>
    <message>
        <source>{date} ⚠ expired</source>
        <translation type="unfinished">{date} ⚠ строк минув</translation>
    </message>
    <message>
        <source>{date} ⚠ {days} d</source>
        <translation type="unfinished">{date} ⚠ {days} дн.</translation>
    </message>
    <message>
        <source>Parole expires soon: talk to the beneficiary about re-parole in time.</source>
        <translation type="unfinished">Строк parole скоро спливає: вчасно поговоріть із бенефіціаром про повторний parole (re-parole).</translation>
    </message>
    <message>
        <source>Two laptops changed this case differently: open it to choose which value to keep.</source>
        <translation type="unfinished">Два ноутбуки змінили цю справу по-різному: відкрийте її, щоб вибрати, яке значення залишити.</translation>
    </message>
    <message>
        <source>Born {date}</source>
        <translation type="unfinished">Нар. {date}</translation>
    </message>
    <message>
        <source>Beneficiary</source>
        <translation type="unfinished">Бенефіціар</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished">Канал</translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished">Країна</translation>
    </message>
    <message>
        <source>Family group</source>
        <translation type="unfinished">Родинна група</translation>
    </message>
    <message>
        <source>Key date</source>
        <translation type="unfinished">Ключова дата</translation>
    </message>
    <message>
        <source>Parole expiry</source>
        <translation type="unfinished">Кінець строку parole</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation type="unfinished">Готовність</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished">Причина</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Статус</translation>
    </message>
</context>
<context>
    <name>CaseWorkspace</name>
    <message>
        <source>← Cases</source>
        <translation type="unfinished">← Справи</translation>
    </message>
    <message>
        <source>Removed…</source>
        <translation type="unfinished">Вилучене…</translation>
    </message>
    <message>
        <source>People and documents removed from this case, kept until it is signed off: put one back</source>
        <translation type="unfinished">Особи й документи, вилучені з цієї справи, зберігаються до її затвердження: поверніть будь-що</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation type="unfinished">Усі зміни збережено</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished">(без імені)</translation>
    </message>
    <message>
        <source>Removed {name}.</source>
        <translation type="unfinished">Вилучено {name}.</translation>
    </message>
    <message>
        <source>a parole</source>
        <translation type="unfinished">parole</translation>
    </message>
    <message>
        <source>Removed the parole {what}.</source>
        <translation type="unfinished">Вилучено parole {what}.</translation>
    </message>
    <message>
        <source>Removed the document “{title}”.</source>
        <translation type="unfinished">Вилучено документ «{title}».</translation>
    </message>
    <message>
        <source>Not saved: {why}</source>
        <translation type="unfinished">Не збережено: {why}</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished">Не збережено</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation type="unfinished">Не вдалося зберегти</translation>
    </message>
    <message>
        <source>Not saved: {field} — {why}</source>
        <translation type="unfinished">Не збережено: {field} — {why}</translation>
    </message>
    <message>
        <source>not a valid value</source>
        <translation type="unfinished">недійсне значення</translation>
    </message>
    <message>
        <source>This case had input that was not saved when the vault locked. It was kept encrypted in the vault and is back in the fields: check it.</source>
        <translation type="unfinished">У цій справі було введення, не збережене, коли сховище заблокувалося. Його зашифровано збережено у сховищі, і воно знову в полях: перевірте його.</translation>
    </message>
    <message>
        <source>Unsaved input restored</source>
        <translation type="unfinished">Незбережене введення відновлено</translation>
    </message>
    <message>
        <source>Saving soon…</source>
        <translation type="unfinished">Незабаром збереження…</translation>
    </message>
    <message>
        <source>the exhibits</source>
        <translation type="unfinished">додатки</translation>
    </message>
    <message>
        <source>Enter the family member&apos;s name first.</source>
        <translation type="unfinished">Спершу введіть ім&apos;я члена родини.</translation>
    </message>
    <message>
        <source>Case {n} was started for {name}, with the shared details copied. Both requests are in one family group.</source>
        <translation type="unfinished">Справу {n} розпочато для {name}, спільні дані скопійовано. Обидва запити в одній родинній групі.</translation>
    </message>
    <message>
        <source>Family member&apos;s request</source>
        <translation type="unfinished">Запит члена родини</translation>
    </message>
    <message>
        <source>Checking the request and every attached file…</source>
        <translation type="unfinished">Перевірка запиту та кожного доданого файлу…</translation>
    </message>
    <message>
        <source>Running the checks</source>
        <translation type="unfinished">Виконання перевірок</translation>
    </message>
    <message>
        <source>void</source>
        <translation type="unfinished">недійсне</translation>
    </message>
    <message numerus="yes">
        <source>%n to fix</source>
        <translation type="unfinished">
            <numerusform>виправити: %n</numerusform>
            <numerusform>виправити: %n</numerusform>
            <numerusform>виправити: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation type="unfinished">(ще без імені)</translation>
    </message>
    <message>
        <source>Background</source>
        <translation type="unfinished">Минуле</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation type="unfinished">Перевірки</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished">Докази</translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished">Експорт</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished">Результат</translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished">Особи</translation>
    </message>
    <message>
        <source>Reason and statement</source>
        <translation type="unfinished">Причина і заява</translation>
    </message>
    <message>
        <source>Review and sign-off</source>
        <translation type="unfinished">Перевірка і затвердження</translation>
    </message>
</context>
<context>
    <name>ChecksPage</name>
    <message>
        <source>Finding</source>
        <translation type="unfinished">Зауваження</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished">Правило</translation>
    </message>
    <message>
        <source>Citation</source>
        <translation type="unfinished">Посилання</translation>
    </message>
    <message>
        <source>Double-click a finding (or press Enter) to go to the field it is about.</source>
        <translation type="unfinished">Двічі клацніть зауваження (або натисніть Enter), щоб перейти до його поля.</translation>
    </message>
    <message>
        <source>Run checks again</source>
        <translation type="unfinished">Перевірити знову</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rules pack {id} {version}&lt;/b&gt;, as of {as_of}.&lt;br&gt;Checks tell you what is missing; the reviewer decides. Nothing here is legal advice.</source>
        <translation type="unfinished">&lt;b&gt;Пакет правил {id} {version}&lt;/b&gt;, станом на {as_of}.&lt;br&gt;Перевірки показують, чого бракує; рішення ухвалює рецензент. Ніщо тут не є юридичною порадою.</translation>
    </message>
    <message>
        <source>{f} to fix before review · {w} warning(s)</source>
        <translation type="unfinished">До виправлення перед перевіркою: {f} · попереджень: {w}</translation>
    </message>
    <message>
        <source>Nothing blocks review · {w} warning(s). The reviewer decides.</source>
        <translation type="unfinished">Ніщо не заважає перевірці · попереджень: {w}. Рішення за рецензентом.</translation>
    </message>
    <message>
        <source>{label} ({n})</source>
        <translation type="unfinished">{label} ({n})</translation>
    </message>
    <message>
        <source>  [verify before filing]</source>
        <translation type="unfinished">  [перевірити перед поданням]</translation>
    </message>
    <message>
        <source>Verify before filing: figures in the rules pack ({n})</source>
        <translation type="unfinished">Перевірте перед поданням: дані в пакеті правил ({n})</translation>
    </message>
    <message>
        <source>For your information</source>
        <translation type="unfinished">Для інформації</translation>
    </message>
    <message>
        <source>Must fix</source>
        <translation type="unfinished">Треба виправити</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation type="unfinished">Попередження</translation>
    </message>
</context>
<context>
    <name>ConflictPanel</name>
    <message>
        <source>Field</source>
        <translation type="unfinished">Поле</translation>
    </message>
    <message>
        <source>Base</source>
        <translation type="unfinished">Початкове</translation>
    </message>
    <message>
        <source>This laptop</source>
        <translation type="unfinished">Цей ноутбук</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation type="unfinished">Вхідне</translation>
    </message>
    <message>
        <source>case deleted</source>
        <translation type="unfinished">справу видалено</translation>
    </message>
    <message>
        <source>case kept, with its edits</source>
        <translation type="unfinished">справу збережено з її змінами</translation>
    </message>
    <message>
        <source>Another laptop changed {n} field(s) of this case differently. Until you choose, the case keeps this laptop&apos;s values and cannot be signed off.</source>
        <translation type="unfinished">Полів цієї справи, які інший ноутбук змінив інакше: {n}. Доки ви не виберете, справа зберігає значення цього ноутбука, і її не можна затвердити.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Parole Desktop: unexpected error</source>
        <translation type="unfinished">Parole Desktop: неочікувана помилка</translation>
    </message>
    <message>
        <source>Something went wrong that should not happen. Everything already saved is safe in the vault.
Please copy the details below and send them to whoever supports your organisation&apos;s laptops. They contain no case data.</source>
        <translation type="unfinished">Сталося те, чого не мало статися. Усе вже збережене в безпеці у сховищі.
Скопіюйте подробиці нижче й надішліть їх тому, хто обслуговує ноутбуки вашої організації. Вони не містять даних справ.</translation>
    </message>
    <message>
        <source>The log folder is {folder}.</source>
        <translation type="unfinished">Тека журналів: {folder}.</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation type="unfinished">Подробиці помилки</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation type="unfinished">Копіювати подробиці</translation>
    </message>
</context>
<context>
    <name>CreateVaultPage</name>
    <message>
        <source>Create your vault</source>
        <translation type="unfinished">Створіть своє сховище</translation>
    </message>
    <message>
        <source>Cases are kept in an encrypted vault on this computer. Choose a passphrase: a few words that you will remember and nobody can guess. Without it (or the recovery key shown next) the cases cannot be opened by anyone, including you.</source>
        <translation type="unfinished">Справи зберігаються в зашифрованому сховищі на цьому комп&apos;ютері. Виберіть парольну фразу: кілька слів, які ви запам&apos;ятаєте і ніхто не вгадає. Без неї (або ключа відновлення, показаного далі) справи не зможе відкрити ніхто, навіть ви.</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished">Нова парольна фраза</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished">Парольна фраза</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation type="unfinished">Повторіть парольну фразу</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation type="unfinished">Надійність парольної фрази</translation>
    </message>
    <message>
        <source>Create vault</source>
        <translation type="unfinished">Створити сховище</translation>
    </message>
    <message>
        <source>At least {n} characters; a phrase of several words is best.</source>
        <translation type="unfinished">Щонайменше {n} символів; найкраще — фраза з кількох слів.</translation>
    </message>
    <message>
        <source>The two passphrases are different.</source>
        <translation type="unfinished">Дві парольні фрази різні.</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished">РРРР-ММ-ДД</translation>
    </message>
    <message>
        <source>Pick the date from a calendar</source>
        <translation type="unfinished">Вибрати дату в календарі</translation>
    </message>
    <message>
        <source>YYYY/MM/DD (Solar Hijri), or leave empty if unknown</source>
        <translation type="unfinished">РРРР/ММ/ДД (сонячна хіджра), або залиште порожнім, якщо невідомо</translation>
    </message>
    <message>
        <source>YYYY/MM/DD (Solar Hijri)</source>
        <translation type="unfinished">РРРР/ММ/ДД (сонячна хіджра)</translation>
    </message>
    <message>
        <source>Solar Hijri calendar: on. Type the date as the client gives it (1370/05/12); the Gregorian date is shown beside it and stored. Click (or Ctrl+J) for Gregorian dates.</source>
        <translation type="unfinished">Календар сонячної хіджри: увімкнено. Введіть дату так, як її дає клієнт (1370/05/12); григоріанська дата показана поруч і зберігається. Клацніть (або Ctrl+J) для григоріанських дат.</translation>
    </message>
    <message>
        <source>Gregorian calendar for this date</source>
        <translation type="unfinished">Григоріанський календар для цієї дати</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, or leave empty if unknown</source>
        <translation type="unfinished">РРРР-ММ-ДД, або залиште порожнім, якщо невідомо</translation>
    </message>
    <message>
        <source>Solar Hijri calendar: off. Click (or Ctrl+J) to type the date as the client gives it in the Solar Hijri calendar.</source>
        <translation type="unfinished">Календар сонячної хіджри: вимкнено. Клацніть (або Ctrl+J), щоб ввести дату так, як її дає клієнт за календарем сонячної хіджри.</translation>
    </message>
    <message>
        <source>Solar Hijri calendar for this date</source>
        <translation type="unfinished">Календар сонячної хіджри для цієї дати</translation>
    </message>
    <message>
        <source>“{text}” is not a date. Type it as YYYY-MM-DD (2026-12-31) or {local}, or pick it from the calendar.</source>
        <translation type="unfinished">«{text}» — не дата. Введіть її як РРРР-ММ-ДД (2026-12-31) або {local}, або виберіть у календарі.</translation>
    </message>
    <message>
        <source>“{text}”: {year} is a Gregorian year. Type the date as the client gives it in the Solar Hijri calendar, or turn the Solar Hijri calendar off for this field (the sun button).</source>
        <translation type="unfinished">«{text}»: {year} — григоріанський рік. Введіть дату так, як її дає клієнт за календарем сонячної хіджри, або вимкніть цей календар для поля (кнопка із сонцем).</translation>
    </message>
    <message>
        <source>“{text}”: the year must have four digits, 1200 to 1599 (for example 1370).</source>
        <translation type="unfinished">«{text}»: рік має бути з чотирьох цифр, від 1200 до 1599 (наприклад, 1370).</translation>
    </message>
    <message>
        <source>“{text}”: there is no month {month}; the months are 1 to 12.</source>
        <translation type="unfinished">«{text}»: місяця {month} немає; місяці від 1 до 12.</translation>
    </message>
    <message>
        <source>“{text}”: {year} is not a leap year, so its last month (Hut, Esfand) has 29 days.</source>
        <translation type="unfinished">«{text}»: {year} — не високосний рік, тож його останній місяць (Хут, Есфанд) має 29 днів.</translation>
    </message>
    <message>
        <source>“{text}”: month {month} of {year} has {days} days.</source>
        <translation type="unfinished">«{text}»: місяць {month} року {year} має {days} днів.</translation>
    </message>
    <message>
        <source>“{text}” is not a Solar Hijri date. Type it as year/month/day (1370/05/12), or pick it from the calendar.</source>
        <translation type="unfinished">«{text}» — не дата сонячної хіджри. Введіть її як рік/місяць/день (1370/05/12) або виберіть у календарі.</translation>
    </message>
    <message>
        <source>Stored as {date} (Gregorian)</source>
        <translation type="unfinished">Збережено як {date} (за григоріанським календарем)</translation>
    </message>
</context>
<context>
    <name>DemoBanner</name>
    <message>
        <source>DEMO VAULT — synthetic cases only. Do not enter real client data; start the app without --demo for your own vault.</source>
        <translation type="unfinished">ДЕМО-СХОВИЩЕ — лише вигадані справи. Не вводьте справжніх даних клієнтів; для власного сховища запускайте програму без --demo.</translation>
    </message>
</context>
<context>
    <name>EvidenceDetail</name>
    <message>
        <source>Selected document</source>
        <extracomment>the volunteer asks to fill the stated facts from the document&apos;s text layer (read by the sandbox child)</extracomment>
        <translation type="unfinished">Вибраний документ</translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished">Назва</translation>
    </message>
    <message>
        <source>Checklist item / kind</source>
        <translation type="unfinished">Пункт переліку / вид</translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished">Мова</translation>
    </message>
    <message>
        <source>— not a translation —</source>
        <translation type="unfinished">— не переклад —</translation>
    </message>
    <message>
        <source>English translation of</source>
        <translation type="unfinished">Англійський переклад документа</translation>
    </message>
    <message>
        <source>Translator</source>
        <translation type="unfinished">Перекладач</translation>
    </message>
    <message>
        <source>The translator certified the translation is complete and accurate</source>
        <translation type="unfinished">Перекладач засвідчив, що переклад повний і точний</translation>
    </message>
    <message>
        <source>Third-party document that names the beneficiary</source>
        <translation type="unfinished">Документ третьої особи, у якому названо бенефіціара</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished">Не записано</translation>
    </message>
    <message>
        <source>The original document</source>
        <translation type="unfinished">Оригінал документа</translation>
    </message>
    <message>
        <source>A certified copy</source>
        <translation type="unfinished">Засвідчена копія</translation>
    </message>
    <message>
        <source>A scan</source>
        <translation type="unfinished">Скан</translation>
    </message>
    <message>
        <source>A phone photo</source>
        <translation type="unfinished">Фото з телефона</translation>
    </message>
    <message>
        <source>This file is</source>
        <translation type="unfinished">Цей файл є</translation>
    </message>
    <message>
        <source>What the document itself says (checked against the people&apos;s records):</source>
        <translation type="unfinished">Що сказано в самому документі (звіряється з даними осіб):</translation>
    </message>
    <message>
        <source>the name as spelled in the document</source>
        <translation type="unfinished">ім&apos;я так, як написано в документі</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Ім&apos;я</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished">Дата народження</translation>
    </message>
    <message>
        <source>Passport number</source>
        <translation type="unfinished">Номер паспорта</translation>
    </message>
    <message>
        <source>Fill in from the passport line of the document&apos;s text</source>
        <translation type="unfinished">Заповнити з паспортного рядка тексту документа</translation>
    </message>
    <message>
        <source>Reads the machine-readable line of a passport from the document&apos;s text layer (a PDF with text; a photo or a plain scan has none) and fills the empty fields above. Check what it fills.</source>
        <translation type="unfinished">Зчитує машинозчитуваний рядок паспорта з текстового шару документа (PDF із текстом; фото чи простий скан його не мають) і заповнює порожні поля вище. Перевірте заповнене.</translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished">Файл</translation>
    </message>
    <message>
        <source>Reading the document&apos;s text…</source>
        <translation type="unfinished">Читання тексту документа…</translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished">ім&apos;я</translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation type="unfinished">дата народження</translation>
    </message>
    <message>
        <source>passport number</source>
        <translation type="unfinished">номер паспорта</translation>
    </message>
    <message>
        <source>Filled from the document&apos;s passport line: {what}. Check them against the document.</source>
        <translation type="unfinished">Заповнено з паспортного рядка документа: {what}. Звірте з документом.</translation>
    </message>
    <message>
        <source>The fields already hold what you typed: nothing was changed.</source>
        <translation type="unfinished">У полях уже те, що ви ввели: нічого не змінено.</translation>
    </message>
    <message>
        <source>No passport line was found in the document&apos;s text (a photo or plain scan has no text): type what the document says.</source>
        <translation type="unfinished">У тексті документа не знайдено паспортного рядка (фото чи простий скан не мають тексту): введіть те, що сказано в документі.</translation>
    </message>
    <message numerus="yes">
        <source> · %n page(s)</source>
        <translation type="unfinished">
            <numerusform> · %n сторінка</numerusform>
            <numerusform> · %n сторінки</numerusform>
            <numerusform> · %n сторінок</numerusform>
        </translation>
    </message>
    <message>
        <source>{name}
{size} · {media}{pages}{dims}
SHA-256: {sha}</source>
        <translation type="unfinished">{name}
{size} · {media}{pages}{dims}
SHA-256: {sha}</translation>
    </message>
</context>
<context>
    <name>EvidencePage</name>
    <message>
        <source>&lt;b&gt;Checklist&lt;/b&gt; (from the rules pack)</source>
        <translation type="unfinished">&lt;b&gt;Перелік&lt;/b&gt; (з пакета правил)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Статус</translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished">Пункт</translation>
    </message>
    <message>
        <source>Needed</source>
        <translation type="unfinished">Потрібно</translation>
    </message>
    <message>
        <source>New files are:</source>
        <translation type="unfinished">Нові файли:</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation type="unfinished">Додати файли…</translation>
    </message>
    <message>
        <source>Or drop files here. Files are encrypted into the vault; the originals stay where they are.</source>
        <translation type="unfinished">Або перетягніть файли сюди. Файли шифруються у сховище; оригінали лишаються на місці.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished">Перегляд</translation>
    </message>
    <message>
        <source>Remove from case</source>
        <translation type="unfinished">Вилучити зі справи</translation>
    </message>
    <message>
        <source>✓ attached</source>
        <translation type="unfinished">✓ додано</translation>
    </message>
    <message>
        <source>⚠ translate</source>
        <translation type="unfinished">⚠ перекласти</translation>
    </message>
    <message>
        <source>✗ missing</source>
        <translation type="unfinished">✗ бракує</translation>
    </message>
    <message>
        <source>⚠ check</source>
        <translation type="unfinished">⚠ перевірити</translation>
    </message>
    <message>
        <source>○ not yet</source>
        <translation type="unfinished">○ ще ні</translation>
    </message>
    <message>
        <source>required</source>
        <translation type="unfinished">обов&apos;язково</translation>
    </message>
    <message>
        <source>recommended</source>
        <translation type="unfinished">рекомендовано</translation>
    </message>
    <message>
        <source>Needed, but another check comes first (see the Checks step).</source>
        <translation type="unfinished">Потрібно, але спершу інша перевірка (див. крок «Перевірки»).</translation>
    </message>
    <message>
        <source>A foreign-language document needs a certified English translation.</source>
        <translation type="unfinished">Документ іноземною мовою потребує засвідченого перекладу англійською.</translation>
    </message>
    <message>
        <source>translation of: {t}</source>
        <translation type="unfinished">переклад документа: {t}</translation>
    </message>
    <message>
        <source>✓ prints</source>
        <translation type="unfinished">✓ друкується</translation>
    </message>
    <message>
        <source>✗ cannot be printed: {why}</source>
        <translation type="unfinished">✗ не можна надрукувати: {why}</translation>
    </message>
    <message>
        <source>? printing not checked yet (run the full check)</source>
        <translation type="unfinished">? друк ще не перевірено (запустіть повну перевірку)</translation>
    </message>
    <message>
        <source>Encrypting {name} into the vault…</source>
        <translation type="unfinished">Шифрування {name} у сховище…</translation>
    </message>
    <message>
        <source>Cancelled: the remaining files were not added.</source>
        <translation type="unfinished">Скасовано: решту файлів не додано.</translation>
    </message>
    <message>
        <source>Adding files</source>
        <translation type="unfinished">Додавання файлів</translation>
    </message>
    <message>
        <source>Some files were not added</source>
        <translation type="unfinished">Деякі файли не додано</translation>
    </message>
    <message>
        <source>Add evidence files</source>
        <translation type="unfinished">Додати файли доказів</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.heic *.heif *.avif);;All files (*)</source>
        <translation type="unfinished">Документи (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.heic *.heif *.avif);;Усі файли (*)</translation>
    </message>
    <message>
        <source>Reading the document&apos;s text…</source>
        <translation type="unfinished">Читання тексту документа…</translation>
    </message>
    <message>
        <source>The document&apos;s text could not be read: {why}</source>
        <translation type="unfinished">Не вдалося прочитати текст документа: {why}</translation>
    </message>
    <message>
        <source> (verify before filing)</source>
        <translation type="unfinished"> (перевірити перед поданням)</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <source>Packet</source>
        <translation type="unfinished">Пакет</translation>
    </message>
    <message>
        <source>Draft (watermarked, for the reviewer and the family to read)</source>
        <translation type="unfinished">Чернетка (з водяним знаком, для читання рецензентом і родиною)</translation>
    </message>
    <message>
        <source>Final (needs a valid sign-off; signed with the reviewer&apos;s digital ID)</source>
        <translation type="unfinished">Остаточний (потребує чинного затвердження; підписаний цифровим ID рецензента)</translation>
    </message>
    <message>
        <source>Filing packet (exactly what is mailed or presented)</source>
        <translation type="unfinished">Пакет для подання (саме те, що надсилається поштою або подається)</translation>
    </message>
    <message>
        <source>Review record (findings, verify items, signatures to collect, checklist, sign-off; not for filing)</source>
        <translation type="unfinished">Запис перевірки (зауваження, пункти для перевірки, підписи, перелік, затвердження; не для подання)</translation>
    </message>
    <message>
        <source>Reviewer&apos;s passphrase</source>
        <translation type="unfinished">Парольна фраза рецензента</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished">Вибрати…</translation>
    </message>
    <message>
        <source>Save in folder</source>
        <translation type="unfinished">Зберегти в теці</translation>
    </message>
    <message>
        <source>Export packet</source>
        <translation type="unfinished">Експортувати пакет</translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished">Результат</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation type="unfinished">Відкрити теку</translation>
    </message>
    <message>
        <source>For the client</source>
        <translation type="unfinished">Для клієнта</translation>
    </message>
    <message>
        <source>Client sheet…</source>
        <translation type="unfinished">Аркуш для клієнта…</translation>
    </message>
    <message>
        <source>A short PDF in the client&apos;s language: the documents still needed, what happens next and how to reach you. Never the filing.</source>
        <translation type="unfinished">Короткий PDF мовою клієнта: яких документів ще бракує, що буде далі і як з вами зв&apos;язатися. Ніколи не сама заява.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished">Мова</translation>
    </message>
    <message>
        <source>English: the rules pack&apos;s own text.</source>
        <translation type="unfinished">Англійська: власний текст пакета правил.</translation>
    </message>
    <message>
        <source>{note} Texts not yet reviewed by a qualified translator are marked on the sheet.</source>
        <translation type="unfinished">{note} Тексти, які ще не перевірив кваліфікований перекладач, позначено на аркуші.</translation>
    </message>
    <message>
        <source>Save the client sheet in</source>
        <translation type="unfinished">Зберегти аркуш для клієнта в</translation>
    </message>
    <message>
        <source>Making the client sheet…</source>
        <translation type="unfinished">Створення аркуша для клієнта…</translation>
    </message>
    <message>
        <source>No client sheet was written</source>
        <translation type="unfinished">Аркуш для клієнта не записано</translation>
    </message>
    <message>
        <source>Client sheet saved: {path}
{pages} page(s), {n} document(s) still needed.</source>
        <translation type="unfinished">Аркуш для клієнта збережено: {path}
Сторінок: {pages}, документів ще бракує: {n}.</translation>
    </message>
    <message>
        <source>Save the packet in</source>
        <translation type="unfinished">Зберегти пакет у</translation>
    </message>
    <message>
        <source>Choose where to save (a USB stick is best)</source>
        <translation type="unfinished">Виберіть, куди зберегти (найкраще — USB-накопичувач)</translation>
    </message>
    <message>
        <source>Enter the reviewer&apos;s passphrase to sign the final packet.</source>
        <translation type="unfinished">Введіть парольну фразу рецензента, щоб підписати остаточний пакет.</translation>
    </message>
    <message>
        <source>Verifying the packet…</source>
        <translation type="unfinished">Перевірка пакета…</translation>
    </message>
    <message>
        <source>Building the packet…</source>
        <translation type="unfinished">Створення пакета…</translation>
    </message>
    <message>
        <source>No packet was written</source>
        <translation type="unfinished">Пакет не записано</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished">Чернетка</translation>
    </message>
    <message>
        <source>Final, signed</source>
        <translation type="unfinished">Остаточний, підписаний</translation>
    </message>
    <message>
        <source>Review record saved: {path}
{pages} pages; {s} signatures to collect.</source>
        <translation type="unfinished">Запис перевірки збережено: {path}
Сторінок: {pages}; підписів зібрати: {s}.</translation>
    </message>
    <message>
        <source>Internal record — not for filing.</source>
        <translation type="unfinished">Внутрішній запис — не для подання.</translation>
    </message>
    <message>
        <source>Final, signed packet saved: {path}
{pages} pages, built and signed on the reviewer&apos;s laptop by {name} and received here sealed.</source>
        <translation type="unfinished">Остаточний підписаний пакет збережено: {path}
{pages} стор., створено й підписано на ноутбуці рецензента ({name}) і отримано тут запечатаним.</translation>
    </message>
    <message>
        <source>{kind} packet saved: {path}
{pages} pages, {n} exhibits.</source>
        <translation type="unfinished">Пакет ({kind}) збережено: {path}
Сторінок: {pages}, додатків: {n}.</translation>
    </message>
    <message>
        <source>Draft: watermarked and not signed — not for filing.</source>
        <translation type="unfinished">Чернетка: з водяним знаком і без підпису — не для подання.</translation>
    </message>
    <message>
        <source> Signed by {s}.</source>
        <translation type="unfinished"> Підписав(ла): {s}.</translation>
    </message>
    <message>
        <source>✓ Verified: the packet is intact.</source>
        <translation type="unfinished">✓ Перевірено: пакет цілий.</translation>
    </message>
    <message>
        <source>unknown problem</source>
        <translation type="unfinished">невідома проблема</translation>
    </message>
    <message>
        <source>✗ Verification found problems: {p}</source>
        <translation type="unfinished">✗ Перевірка знайшла проблеми: {p}</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation type="unfinished">Арабська</translation>
    </message>
    <message>
        <source>Dari</source>
        <translation type="unfinished">Дарі</translation>
    </message>
    <message>
        <source>Haitian Creole</source>
        <translation type="unfinished">Гаїтянська креольська</translation>
    </message>
    <message>
        <source>Pashto</source>
        <translation type="unfinished">Пушту</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation type="unfinished">Іспанська</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation type="unfinished">Українська</translation>
    </message>
</context>
<context>
    <name>IdleWatcher</name>
    <message numerus="yes">
        <source>Locking in %n second(s) without use — move the mouse or press a key to stay unlocked.</source>
        <translation type="unfinished">
            <numerusform>Блокування через %n секунду без дій — порухайте мишею або натисніть клавішу, щоб не блокувати.</numerusform>
            <numerusform>Блокування через %n секунди без дій — порухайте мишею або натисніть клавішу, щоб не блокувати.</numerusform>
            <numerusform>Блокування через %n секунд без дій — порухайте мишею або натисніть клавішу, щоб не блокувати.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LanguageChooser</name>
    <message>
        <source>Interface language</source>
        <translation type="unfinished">Мова інтерфейсу</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation type="unfinished">неповна</translation>
    </message>
    <message>
        <source>{language}: {percent}% of its texts are translated; a language ships at 90%.</source>
        <translation type="unfinished">{language}: перекладено {percent}% текстів; мова виходить при 90%.</translation>
    </message>
    <message>
        <source>English: the program&apos;s own texts.</source>
        <translation type="unfinished">Англійська: власні тексти програми.</translation>
    </message>
    <message>
        <source>complete enough to ship</source>
        <translation type="unfinished">достатньо повна, щоб вийти</translation>
    </message>
    <message>
        <source>incomplete: a language ships when 90% of its texts exist</source>
        <translation type="unfinished">неповна: мова виходить, коли існує 90% її текстів</translation>
    </message>
    <message>
        <source>Translated: screens {ui}%, command line {core}%, rules pack {pack}% (drafts count). Client texts reviewed: {reviewed} of {total}; the others are marked. {verdict}.</source>
        <translation type="unfinished">Перекладено: екрани {ui}%, командний рядок {core}%, пакет правил {pack}% (чернетки враховано). Тексти для клієнта перевірено: {reviewed} з {total}; решту позначено. {verdict}.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;New case…</source>
        <translation type="unfinished">&amp;Нова справа…</translation>
    </message>
    <message>
        <source>&amp;Back to cases</source>
        <translation type="unfinished">Н&amp;азад до справ</translation>
    </message>
    <message>
        <source>&amp;Find case</source>
        <translation type="unfinished">&amp;Знайти справу</translation>
    </message>
    <message>
        <source>&amp;Backup…</source>
        <translation type="unfinished">&amp;Резервна копія…</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation type="unfinished">&amp;Відновити з резервної копії…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished">За&amp;блокувати</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished">Ви&amp;йти</translation>
    </message>
    <message>
        <source>&amp;Reviewer profiles…</source>
        <translation type="unfinished">&amp;Профілі рецензентів…</translation>
    </message>
    <message>
        <source>&amp;Import rules pack…</source>
        <translation type="unfinished">&amp;Імпортувати пакет правил…</translation>
    </message>
    <message>
        <source>&amp;Verify audit log</source>
        <translation type="unfinished">Перевірити &amp;журнал аудиту</translation>
    </message>
    <message>
        <source>&amp;Export bundle…</source>
        <translation type="unfinished">&amp;Експортувати пакунок…</translation>
    </message>
    <message>
        <source>&amp;Import bundle…</source>
        <translation type="unfinished">І&amp;мпортувати пакунок…</translation>
    </message>
    <message>
        <source>&amp;Receive on this network…</source>
        <translation type="unfinished">&amp;Отримати в цій мережі…</translation>
    </message>
    <message>
        <source>&amp;Send to a laptop on this network…</source>
        <translation type="unfinished">&amp;Надіслати на ноутбук у цій мережі…</translation>
    </message>
    <message>
        <source>Exchange with the &amp;hub</source>
        <translation type="unfinished">Обмін із &amp;хабом</translation>
    </message>
    <message>
        <source>Received but &amp;not applied…</source>
        <translation type="unfinished">Отримане, але &amp;не застосоване…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished">&amp;Налаштування…</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation type="unfinished">&amp;Про програму</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished">&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Share</source>
        <translation type="unfinished">&amp;Обмін</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished">&amp;Інструменти</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished">&amp;Довідка</translation>
    </message>
    <message>
        <source>Main</source>
        <extracomment>what unlocking needs, imported in the background once the lock screen is painted (no Qt in them)</extracomment>
        <translation type="unfinished">Головна</translation>
    </message>
    <message>
        <source>Vault: {folder}</source>
        <translation type="unfinished">Сховище: {folder}</translation>
    </message>
    <message>
        <source>Rules {id} {version}, as of {date}</source>
        <translation type="unfinished">Правила {id} {version}, станом на {date}</translation>
    </message>
    <message>
        <source>No backup yet: make the first one with File → Backup…</source>
        <translation type="unfinished">Резервної копії ще немає: створіть першу через Файл → Резервна копія…</translation>
    </message>
    <message>
        <source>Last backup {when}</source>
        <translation type="unfinished">Остання резервна копія {when}</translation>
    </message>
    <message>
        <source>Never backed up</source>
        <translation type="unfinished">Резервних копій не було</translation>
    </message>
    <message numerus="yes">
        <source>no backup in %n day(s): File → Backup…</source>
        <translation type="unfinished">
            <numerusform>%n день без резервної копії: Файл → Резервна копія…</numerusform>
            <numerusform>%n дні без резервної копії: Файл → Резервна копія…</numerusform>
            <numerusform>%n днів без резервної копії: Файл → Резервна копія…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kept aside: %n</source>
        <translation type="unfinished">
            <numerusform>Відкладено: %n</numerusform>
            <numerusform>Відкладено: %n</numerusform>
            <numerusform>Відкладено: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Received from other laptops and not applied: click to see what and why.</source>
        <translation type="unfinished">Отримане з інших ноутбуків і не застосоване: клацніть, щоб побачити, що саме і чому.</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation type="unfinished">Не вдалося зберегти</translation>
    </message>
    <message>
        <source>Locked. Input that could not be saved yet is kept encrypted in the vault and comes back when you open the case.</source>
        <translation type="unfinished">Заблоковано. Введення, яке ще не вдалося зберегти, зашифровано зберігається у сховищі й повернеться, коли ви відкриєте справу.</translation>
    </message>
    <message numerus="yes">
        <source>Locked after %n minute(s) without use.</source>
        <translation type="unfinished">
            <numerusform>Заблоковано після %n хвилини без дій.</numerusform>
            <numerusform>Заблоковано після %n хвилин без дій.</numerusform>
            <numerusform>Заблоковано після %n хвилин без дій.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the backup to restore</source>
        <translation type="unfinished">Виберіть резервну копію для відновлення</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished">Відновити</translation>
    </message>
    <message>
        <source>The passphrase the backup was made with:</source>
        <translation type="unfinished">Парольна фраза, з якою створено резервну копію:</translation>
    </message>
    <message>
        <source>The vault will be locked and replaced by the backup. The current vault is not deleted: it is kept aside in the data folder.</source>
        <translation type="unfinished">Сховище буде заблоковано й замінено резервною копією. Поточне сховище не видаляється: його відкладено в теці даних.</translation>
    </message>
    <message numerus="yes">
        <source>Conflicts: %n case(s)</source>
        <translation type="unfinished">
            <numerusform>Конфлікти: %n справа</numerusform>
            <numerusform>Конфлікти: %n справи</numerusform>
            <numerusform>Конфлікти: %n справ</numerusform>
        </translation>
    </message>
    <message>
        <source>Fields changed differently on two laptops: click to settle them.</source>
        <translation type="unfinished">Поля, змінені по-різному на двох ноутбуках: натисніть, щоб розв&apos;язати.</translation>
    </message>
    <message>
        <source>Case {id}</source>
        <translation type="unfinished">Справа {id}</translation>
    </message>
    <message>
        <source>Wait until “{job}” has finished, or cancel it.</source>
        <translation type="unfinished">Зачекайте, доки «{job}» завершиться, або скасуйте це.</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <source>New case</source>
        <translation type="unfinished">Нова справа</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation type="unfinished">Ім&apos;я</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished">Прізвище</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished">Дата народження</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished">Канал</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished">Причина</translation>
    </message>
    <message>
        <source>(not chosen yet)</source>
        <translation type="unfinished">(ще не вибрано)</translation>
    </message>
    <message>
        <source>&amp;Given name</source>
        <translation type="unfinished">&amp;Ім&apos;я</translation>
    </message>
    <message>
        <source>&amp;Family name</source>
        <translation type="unfinished">&amp;Прізвище</translation>
    </message>
    <message>
        <source>&amp;Date of birth</source>
        <translation type="unfinished">&amp;Дата народження</translation>
    </message>
    <message>
        <source>&amp;Channel</source>
        <translation type="unfinished">&amp;Канал</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation type="unfinished">П&amp;ричина</translation>
    </message>
    <message>
        <source>These existing cases look like the same person. Double-click one to open it, or create the new case anyway.</source>
        <translation type="unfinished">Ці наявні справи схожі на ту саму особу. Двічі клацніть одну, щоб відкрити, або все одно створіть нову справу.</translation>
    </message>
    <message>
        <source>Similar existing cases</source>
        <translation type="unfinished">Схожі наявні справи</translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished">Створити</translation>
    </message>
    <message>
        <source>birth date unknown</source>
        <translation type="unfinished">дата народження невідома</translation>
    </message>
    <message>
        <source>case {n}</source>
        <translation type="unfinished">справа {n}</translation>
    </message>
    <message>
        <source>Create anyway</source>
        <translation type="unfinished">Все одно створити</translation>
    </message>
    <message>
        <source>The date of birth is in the future. Correct it or leave it empty.</source>
        <translation type="unfinished">Дата народження в майбутньому. Виправте її або залиште порожньою.</translation>
    </message>
    <message>
        <source>Enter the beneficiary&apos;s given or family name.</source>
        <translation type="unfinished">Введіть ім&apos;я або прізвище бенефіціара.</translation>
    </message>
</context>
<context>
    <name>OperationRunner</name>
    <message>
        <source>Please wait: “{running}” is still running. Try again when it has finished.</source>
        <translation type="unfinished">Зачекайте: «{running}» ще виконується. Спробуйте знову, коли завершиться.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished">Скасування…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Скасувати</translation>
    </message>
</context>
<context>
    <name>OutcomePage</name>
    <message>
        <source>Filing and decision</source>
        <translation type="unfinished">Подання та рішення</translation>
    </message>
    <message>
        <source>Filed on</source>
        <translation type="unfinished">Подано</translation>
    </message>
    <message>
        <source>e.g. IOE0123456789</source>
        <translation type="unfinished">напр., IOE0123456789</translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation type="unfinished">Номер квитанції (receipt number)</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished">Схвалено</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation type="unfinished">Відмовлено</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished">Відкликано</translation>
    </message>
    <message>
        <source>— no decision yet —</source>
        <translation type="unfinished">— рішення ще немає —</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished">Рішення</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation type="unfinished">Дата рішення</translation>
    </message>
    <message>
        <source>I-94 number</source>
        <translation type="unfinished">Номер I-94</translation>
    </message>
    <message>
        <source>Parole expires on</source>
        <translation type="unfinished">Строк parole спливає</translation>
    </message>
    <message>
        <source>Mark as filed</source>
        <translation type="unfinished">Позначити як подане</translation>
    </message>
    <message>
        <source>Mark as decided</source>
        <translation type="unfinished">Позначити рішення</translation>
    </message>
    <message>
        <source>Status: &lt;b&gt;{s}&lt;/b&gt;</source>
        <translation type="unfinished">Статус: &lt;b&gt;{s}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The decision date is before the filing date.</source>
        <translation type="unfinished">Дата рішення раніша за дату подання.</translation>
    </message>
    <message>
        <source>Choose the decision first.</source>
        <translation type="unfinished">Спершу виберіть рішення.</translation>
    </message>
    <message>
        <source>The decision date is before the filing date. Correct one of them first.</source>
        <translation type="unfinished">Дата рішення раніша за дату подання. Спершу виправте одну з них.</translation>
    </message>
    <message>
        <source>An approval needs the date parole expires (on the I-94 or the approval notice). Enter it under “Parole expires on”.</source>
        <translation type="unfinished">Для схвалення потрібна дата закінчення parole (на I-94 або в повідомленні про схвалення). Введіть її в «Строк parole спливає».</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation type="unfinished">Рішення ухвалено</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished">Чернетка</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation type="unfinished">Подано</translation>
    </message>
    <message>
        <source>Ready for review</source>
        <translation type="unfinished">Готово до перевірки</translation>
    </message>
    <message>
        <source>Signed off</source>
        <translation type="unfinished">Затверджено</translation>
    </message>
</context>
<context>
    <name>ParoleTable</name>
    <message>
        <source>Add a parole</source>
        <translation type="unfinished">Додати parole</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished">Редагувати</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished">Вилучити</translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished">—</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation type="unfinished">Підстава</translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished">Клас</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation type="unfinished">Спливає</translation>
    </message>
    <message>
        <source>I-94 number</source>
        <translation type="unfinished">Номер I-94</translation>
    </message>
    <message>
        <source>Paroled on</source>
        <translation type="unfinished">Дата надання parole</translation>
    </message>
    <message>
        <source>Program</source>
        <translation type="unfinished">Програма</translation>
    </message>
    <message>
        <source>Public benefit</source>
        <translation type="unfinished">Суспільна користь</translation>
    </message>
    <message>
        <source>Urgent humanitarian</source>
        <translation type="unfinished">Нагальні гуманітарні причини</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>Beneficiary (the person to be paroled)</source>
        <translation type="unfinished">Бенефіціар (особа, для якої просять parole)</translation>
    </message>
    <message>
        <source>Beneficiary</source>
        <translation type="unfinished">Бенефіціар</translation>
    </message>
    <message>
        <source>The beneficiary files for themself</source>
        <translation type="unfinished">Бенефіціар подає сам(а)</translation>
    </message>
    <message>
        <source>Otherwise: the person who files (the requestor). They need not live in the US or be related.</source>
        <translation type="unfinished">Інакше: особа, яка подає (заявник). Їй не обов&apos;язково жити в США чи бути родичем.</translation>
    </message>
    <message>
        <source>Requestor</source>
        <translation type="unfinished">Заявник</translation>
    </message>
    <message>
        <source>Financial supporter {n}</source>
        <translation type="unfinished">Фінансовий спонсор {n}</translation>
    </message>
    <message>
        <source>Add another supporter</source>
        <translation type="unfinished">Додати ще спонсора</translation>
    </message>
    <message>
        <source>Supporters</source>
        <translation type="unfinished">Спонсори</translation>
    </message>
    <message>
        <source>An attorney or accredited representative represents the requestor</source>
        <translation type="unfinished">Заявника представляє адвокат або акредитований представник</translation>
    </message>
    <message>
        <source>Representative</source>
        <translation type="unfinished">Представник</translation>
    </message>
    <message>
        <source>Family member {n}</source>
        <translation type="unfinished">Член родини {n}</translation>
    </message>
    <message>
        <source>Add family member</source>
        <translation type="unfinished">Додати члена родини</translation>
    </message>
    <message>
        <source>Parole gives no derivative benefits: each family member who travels needs their own request. Link it here by its case number.</source>
        <translation type="unfinished">Parole не дає похідних прав: кожен член родини, що їде, потребує власного запиту. Пов&apos;яжіть його тут за номером справи.</translation>
    </message>
    <message>
        <source>Family</source>
        <translation type="unfinished">Родина</translation>
    </message>
    <message>
        <source>Preparer (you, the volunteer)</source>
        <translation type="unfinished">Укладач (ви, волонтер)</translation>
    </message>
    <message>
        <source>Interpreter (if one helped)</source>
        <translation type="unfinished">Перекладач (якщо допомагав)</translation>
    </message>
    <message>
        <source>Signer for a beneficiary under 14 (parent or guardian)</source>
        <translation type="unfinished">Підписант за бенефіціара до 14 років (батько, мати чи опікун)</translation>
    </message>
    <message>
        <source>Form I-131 Part 12: the preparer&apos;s organization and daytime phone (*) are required.</source>
        <translation type="unfinished">Form I-131, частина 12: організація укладача та денний телефон (*) обов&apos;язкові.</translation>
    </message>
    <message>
        <source>Form I-131 Part 11: who read the form to the client, and in which language.</source>
        <translation type="unfinished">Form I-131, частина 11: хто прочитав форму клієнту і якою мовою.</translation>
    </message>
    <message>
        <source>Preparer and signers</source>
        <translation type="unfinished">Укладач і підписанти</translation>
    </message>
    <message numerus="yes">
        <source>%n to fix</source>
        <translation type="unfinished">
            <numerusform>виправити: %n</numerusform>
            <numerusform>виправити: %n</numerusform>
            <numerusform>виправити: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <source>Looks (Form I-131 Part 3)</source>
        <translation type="unfinished">Зовнішність (Form I-131, частина 3)</translation>
    </message>
    <message>
        <source>For the travel document: as the person describes themself.</source>
        <translation type="unfinished">Для проїзного документа: як особа описує себе.</translation>
    </message>
    <message>
        <source>I-94 and paroles (Form I-131 Part 2)</source>
        <translation type="unfinished">I-94 і parole (Form I-131, частина 2)</translation>
    </message>
    <message>
        <source>Only for someone already in the US (re-parole, parole in place): copy the I-94.</source>
        <translation type="unfinished">Лише для того, хто вже в США (повторний parole (re-parole), parole на місці (parole in place)): перепишіть I-94.</translation>
    </message>
    <message>
        <source>Earlier documents (Form I-131 Part 4)</source>
        <translation type="unfinished">Попередні документи (Form I-131, частина 4)</translation>
    </message>
    <message>
        <source>Travel documents USCIS gave this person before, if any.</source>
        <translation type="unfinished">Проїзні документи, які USCIS раніше видавала цій особі, якщо є.</translation>
    </message>
    <message>
        <source>Mailing address</source>
        <translation type="unfinished">Поштова адреса</translation>
    </message>
    <message>
        <source>Address as typed before (one line). The form needs it in parts:</source>
        <translation type="unfinished">Адреса, як її ввели раніше (одним рядком). Формі вона потрібна частинами:</translation>
    </message>
    <message>
        <source>Confirm the parts: fill them from this line</source>
        <translation type="unfinished">Підтвердьте частини: заповнити з цього рядка</translation>
    </message>
    <message>
        <source>Proposes street, city, region, postal code and country. Check each one: it is a guess.</source>
        <translation type="unfinished">Пропонує вулицю, місто, регіон, поштовий індекс і країну. Перевірте кожну частину: це припущення.</translation>
    </message>
    <message>
        <source>The home (physical) address is different</source>
        <translation type="unfinished">Домашня (фактична) адреса інша</translation>
    </message>
    <message>
        <source>Physical address (where they live)</source>
        <translation type="unfinished">Фактична адреса (де проживає)</translation>
    </message>
    <message>
        <source>Height</source>
        <translation type="unfinished">Зріст</translation>
    </message>
    <message>
        <source>Earlier and current paroles (one row each, from the I-94s):</source>
        <translation type="unfinished">Попередні й поточні parole (по рядку на кожен, з I-94):</translation>
    </message>
    <message>
        <source>ft</source>
        <translation type="unfinished">фт</translation>
    </message>
    <message>
        <source>in</source>
        <translation type="unfinished">дюйм.</translation>
    </message>
    <message>
        <source>US state</source>
        <translation type="unfinished">Штат США</translation>
    </message>
    <message>
        <source>type the state, e.g. CA</source>
        <translation type="unfinished">введіть штат, напр., CA</translation>
    </message>
    <message>
        <source>12345 or 12345-6789</source>
        <translation type="unfinished">12345 або 12345-6789</translation>
    </message>
    <message>
        <source>case {n}: request of {name}</source>
        <translation type="unfinished">справа {n}: запит {name}</translation>
    </message>
    <message>
        <source>there is no case {n}</source>
        <translation type="unfinished">справи {n} немає</translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished">Жіноча</translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished">Чоловіча</translation>
    </message>
    <message>
        <source>Another (X)</source>
        <translation type="unfinished">Інша (X)</translation>
    </message>
    <message>
        <source>— not given —</source>
        <translation type="unfinished">— не вказано —</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation type="unfinished">— виберіть —</translation>
    </message>
    <message>
        <source>not linked</source>
        <translation type="unfinished">не пов&apos;язано</translation>
    </message>
    <message>
        <source>country</source>
        <translation type="unfinished">країна</translation>
    </message>
    <message>
        <source>type part of the name, e.g. afg</source>
        <translation type="unfinished">введіть частину назви, напр., afg</translation>
    </message>
    <message>
        <source>— not answered —</source>
        <translation type="unfinished">— немає відповіді —</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation type="unfinished">— немає —</translation>
    </message>
    <message>
        <source>e.g. 8 (the form&apos;s box takes 6 characters)</source>
        <translation type="unfinished">напр., 8 (поле форми вміщує 6 символів)</translation>
    </message>
    <message>
        <source>as in the passport&apos;s machine-readable line</source>
        <translation type="unfinished">як у машинозчитуваному рядку паспорта</translation>
    </message>
    <message>
        <source>11 characters, on the I-94</source>
        <translation type="unfinished">11 символів, на I-94</translation>
    </message>
    <message>
        <source>as printed on the I-94, e.g. DT</source>
        <translation type="unfinished">як надруковано на I-94, напр., DT</translation>
    </message>
    <message>
        <source>A person</source>
        <translation type="unfinished">Особа</translation>
    </message>
    <message>
        <source>A-Number (if any)</source>
        <translation type="unfinished">A-Number (номер іноземця), якщо є</translation>
    </message>
    <message>
        <source>American Indian or Alaska Native</source>
        <translation type="unfinished">Індіанець або корінний аляскинець</translation>
    </message>
    <message>
        <source>An organization</source>
        <translation type="unfinished">Організація</translation>
    </message>
    <message>
        <source>Apartment, suite or floor number</source>
        <translation type="unfinished">Номер квартири, офісу чи поверху</translation>
    </message>
    <message>
        <source>Apt. / Ste. / Flr.</source>
        <translation type="unfinished">Кв. / офіс / пов.</translation>
    </message>
    <message>
        <source>Asian</source>
        <translation type="unfinished">Азіат</translation>
    </message>
    <message>
        <source>Bald (No Hair)</source>
        <translation type="unfinished">Лисий (без волосся)</translation>
    </message>
    <message>
        <source>Bar number</source>
        <translation type="unfinished">Номер адвокатської ліцензії (bar number)</translation>
    </message>
    <message>
        <source>Black</source>
        <translation type="unfinished">Чорний</translation>
    </message>
    <message>
        <source>Black or African American</source>
        <translation type="unfinished">Чорношкірий / афроамериканець</translation>
    </message>
    <message>
        <source>Blond</source>
        <translation type="unfinished">Білявий</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation type="unfinished">Блакитний</translation>
    </message>
    <message>
        <source>Brown</source>
        <translation type="unfinished">Коричневий</translation>
    </message>
    <message>
        <source>City or town</source>
        <translation type="unfinished">Місто або селище</translation>
    </message>
    <message>
        <source>Class of admission</source>
        <translation type="unfinished">Клас допуску (class of admission)</translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished">Країна</translation>
    </message>
    <message>
        <source>Country of birth</source>
        <translation type="unfinished">Країна народження</translation>
    </message>
    <message>
        <source>Country of citizenship</source>
        <translation type="unfinished">Країна громадянства</translation>
    </message>
    <message>
        <source>Country where they are now</source>
        <translation type="unfinished">Країна, де перебуває зараз</translation>
    </message>
    <message>
        <source>DOJ accreditation</source>
        <translation type="unfinished">Акредитація DOJ</translation>
    </message>
    <message>
        <source>Date issued</source>
        <translation type="unfinished">Дата видачі</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished">Дата народження</translation>
    </message>
    <message>
        <source>Daytime phone</source>
        <translation type="unfinished">Денний телефон</translation>
    </message>
    <message>
        <source>Daytime phone *</source>
        <translation type="unfinished">Денний телефон *</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished">Ел. пошта</translation>
    </message>
    <message>
        <source>Earlier paroles</source>
        <translation type="unfinished">Попередні parole</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation type="unfinished">Етнічне походження</translation>
    </message>
    <message>
        <source>Ever had a reentry permit or refugee travel document?</source>
        <translation type="unfinished">Чи мав(ла) коли-небудь дозвіл на повторний в&apos;їзд або проїзний документ біженця?</translation>
    </message>
    <message>
        <source>Ever had an advance parole document?</source>
        <translation type="unfinished">Чи мав(ла) коли-небудь документ advance parole?</translation>
    </message>
    <message>
        <source>Eye colour</source>
        <translation type="unfinished">Колір очей</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished">Прізвище</translation>
    </message>
    <message>
        <source>Family name as in the passport (Latin letters)</source>
        <translation type="unfinished">Прізвище як у паспорті (латиницею)</translation>
    </message>
    <message>
        <source>Form</source>
        <translation type="unfinished">Форма</translation>
    </message>
    <message>
        <source>Form G-28 is filed with the request</source>
        <translation type="unfinished">Form G-28 подається разом із запитом</translation>
    </message>
    <message>
        <source>Form I-134</source>
        <translation type="unfinished">Form I-134</translation>
    </message>
    <message>
        <source>Form I-134A (closed programs only)</source>
        <translation type="unfinished">Form I-134A (лише закриті програми)</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation type="unfinished">Ім&apos;я</translation>
    </message>
    <message>
        <source>Given name as in the passport (Latin letters)</source>
        <translation type="unfinished">Ім&apos;я як у паспорті (латиницею)</translation>
    </message>
    <message>
        <source>Gray</source>
        <translation type="unfinished">Сірий</translation>
    </message>
    <message>
        <source>Green</source>
        <translation type="unfinished">Зелений</translation>
    </message>
    <message>
        <source>Hair colour</source>
        <translation type="unfinished">Колір волосся</translation>
    </message>
    <message>
        <source>Hazel</source>
        <translation type="unfinished">Горіховий</translation>
    </message>
    <message>
        <source>Height: feet</source>
        <translation type="unfinished">Зріст: фути</translation>
    </message>
    <message>
        <source>Hispanic or Latino</source>
        <translation type="unfinished">Іспанець або латиноамериканець</translation>
    </message>
    <message>
        <source>I-94 expires (admit until)</source>
        <translation type="unfinished">Строк дії I-94 (admit until)</translation>
    </message>
    <message>
        <source>I-94 number</source>
        <translation type="unfinished">Номер I-94</translation>
    </message>
    <message>
        <source>In care of</source>
        <translation type="unfinished">Для передачі (in care of)</translation>
    </message>
    <message>
        <source>Language used *</source>
        <translation type="unfinished">Мова спілкування *</translation>
    </message>
    <message>
        <source>Letter of commitment (organization)</source>
        <translation type="unfinished">Лист-зобов&apos;язання (організації)</translation>
    </message>
    <message>
        <source>Maroon</source>
        <translation type="unfinished">Бордовий</translation>
    </message>
    <message>
        <source>Native Hawaiian or Other Pacific Islander</source>
        <translation type="unfinished">Корінний гаваєць / з о-вів Тихого океану</translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished">Ні</translation>
    </message>
    <message>
        <source>Not Hispanic or Latino</source>
        <translation type="unfinished">Не іспанець і не латиноамериканець</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished">Організація</translation>
    </message>
    <message>
        <source>Organization *</source>
        <translation type="unfinished">Організація *</translation>
    </message>
    <message>
        <source>Organization or law office</source>
        <translation type="unfinished">Організація або юридична фірма</translation>
    </message>
    <message>
        <source>Organization that files (if any; the name above signs for it)</source>
        <translation type="unfinished">Організація, що подає (якщо є; особа вище підписує від її імені)</translation>
    </message>
    <message>
        <source>Other names used</source>
        <translation type="unfinished">Інші імена, що використовувалися</translation>
    </message>
    <message>
        <source>Parent or legal guardian (relationship)</source>
        <translation type="unfinished">Батько, мати чи законний опікун (ким доводиться)</translation>
    </message>
    <message>
        <source>Passport expiry</source>
        <translation type="unfinished">Строк дії паспорта</translation>
    </message>
    <message>
        <source>Passport number</source>
        <translation type="unfinished">Номер паспорта</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished">Телефон</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation type="unfinished">Рожевий</translation>
    </message>
    <message>
        <source>Postal code / ZIP</source>
        <translation type="unfinished">Поштовий індекс / ZIP</translation>
    </message>
    <message>
        <source>Race (all that apply)</source>
        <translation type="unfinished">Раса (усі, що підходять)</translation>
    </message>
    <message>
        <source>Red</source>
        <translation type="unfinished">Рудий</translation>
    </message>
    <message>
        <source>Relationship to the beneficiary</source>
        <translation type="unfinished">Ким доводиться бенефіціару</translation>
    </message>
    <message>
        <source>Sandy</source>
        <translation type="unfinished">Пісочний</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished">Стать</translation>
    </message>
    <message>
        <source>State / province / region</source>
        <translation type="unfinished">Штат / провінція / регіон</translation>
    </message>
    <message>
        <source>Street number and name</source>
        <translation type="unfinished">Номер будинку та вулиця</translation>
    </message>
    <message>
        <source>Supporter is</source>
        <translation type="unfinished">Тип спонсора</translation>
    </message>
    <message>
        <source>The beneficiary themself</source>
        <translation type="unfinished">Сам(а) бенефіціар</translation>
    </message>
    <message>
        <source>Their own request (case number)</source>
        <translation type="unfinished">Власний запит (номер справи)</translation>
    </message>
    <message>
        <source>US status (citizen, LPR, parolee…)</source>
        <translation type="unfinished">Статус у США (громадянин, LPR, parolee…)</translation>
    </message>
    <message>
        <source>Unknown/Other</source>
        <translation type="unfinished">Невідомо/Інше</translation>
    </message>
    <message>
        <source>Weight (pounds)</source>
        <translation type="unfinished">Вага (фунти)</translation>
    </message>
    <message>
        <source>What happened to it</source>
        <translation type="unfinished">Що з ним сталося</translation>
    </message>
    <message>
        <source>White</source>
        <translation type="unfinished">Білий</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished">Так</translation>
    </message>
    <message>
        <source>inches</source>
        <translation type="unfinished">дюймів</translation>
    </message>
</context>
<context>
    <name>PersonList</name>
    <message>
        <source>Remove</source>
        <translation type="unfinished">Вилучити</translation>
    </message>
    <message>
        <source>Remove this person from the case (Undo puts them back)</source>
        <translation type="unfinished">Вилучити цю особу зі справи (Скасування поверне її)</translation>
    </message>
    <message>
        <source>Same as the requestor</source>
        <translation type="unfinished">Як заявник</translation>
    </message>
    <message>
        <source>The requestor is also this supporter: fill the empty fields from the requestor</source>
        <translation type="unfinished">Заявник також є цим спонсором: заповнити порожні поля даними заявника</translation>
    </message>
    <message>
        <source>Start their own request…</source>
        <translation type="unfinished">Почати її власний запит…</translation>
    </message>
    <message>
        <source>A new case with this person as the beneficiary, the shared details copied, both requests in one family group and linked</source>
        <translation type="unfinished">Нова справа з цією особою як бенефіціаром, спільні дані скопійовано, обидва запити в одній родинній групі й пов&apos;язані</translation>
    </message>
    <message>
        <source>Record the requestor first (Requestor tab).</source>
        <translation type="unfinished">Спершу запишіть заявника (вкладка «Заявник»).</translation>
    </message>
</context>
<context>
    <name>PickCombo</name>
    <message>
        <source>{text} is not a {what} in the list: type part of its name and pick it.</source>
        <translation type="unfinished">{text} не є {what} зі списку: введіть частину назви й виберіть.</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>Document preview</source>
        <translation type="unfinished">Перегляд документа</translation>
    </message>
    <message>
        <source>◀ Previous page</source>
        <translation type="unfinished">◀ Попередня сторінка</translation>
    </message>
    <message>
        <source>Next page ▶</source>
        <translation type="unfinished">Наступна сторінка ▶</translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation type="unfinished">За розміром вікна</translation>
    </message>
    <message>
        <source>Rotate ↻</source>
        <translation type="unfinished">Повернути ↻</translation>
    </message>
    <message>
        <source>Turn the page a quarter to the right (the file is not changed)</source>
        <translation type="unfinished">Повернути сторінку на чверть праворуч (файл не змінюється)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">Закрити</translation>
    </message>
    <message>
        <source>This file cannot be shown. It may be damaged or in a format the preview does not read.</source>
        <translation type="unfinished">Цей файл неможливо показати. Можливо, він пошкоджений або у форматі, який перегляд не читає.</translation>
    </message>
    <message>
        <source>Page {n} of {total}</source>
        <translation type="unfinished">Сторінка {n} з {total}</translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <extracomment>Translate as &quot;RTL&quot; for a right-to-left language (Arabic, Dari, Pashto), &quot;LTR&quot; for any other.</extracomment>
        <translation type="unfinished">LTR</translation>
    </message>
</context>
<context>
    <name>ReasonPage</name>
    <message>
        <source>What is asked (Form I-131 Part 1)</source>
        <translation type="unfinished">Що просять (Form I-131, частина 1)</translation>
    </message>
    <message>
        <source>The kind of request, its legal basis and who brings it.</source>
        <translation type="unfinished">Вид запиту, його правова підстава і хто його подає.</translation>
    </message>
    <message>
        <source>First parole (the person is abroad)</source>
        <translation type="unfinished">Перший parole (особа за кордоном)</translation>
    </message>
    <message>
        <source>Re-parole (already paroled into the US)</source>
        <translation type="unfinished">Повторний parole (re-parole), вже в США</translation>
    </message>
    <message>
        <source>Parole in place (already in the US)</source>
        <translation type="unfinished">Parole на місці (parole in place), уже в США</translation>
    </message>
    <message>
        <source>Request type</source>
        <translation type="unfinished">Вид запиту</translation>
    </message>
    <message>
        <source>— not answered —</source>
        <translation type="unfinished">— немає відповіді —</translation>
    </message>
    <message>
        <source>Yes: has not left the US</source>
        <translation type="unfinished">Так: не виїжджав(ла) зі США</translation>
    </message>
    <message>
        <source>No: has left the US since</source>
        <translation type="unfinished">Ні: відтоді виїжджав(ла) зі США</translation>
    </message>
    <message>
        <source>Re-parole: stayed in the US since the parole began</source>
        <translation type="unfinished">Повторний parole: у США від початку parole</translation>
    </message>
    <message>
        <source>in the US since …; or when they left and came back</source>
        <translation type="unfinished">у США з …; або коли виїхав(ла) і повернувся(лася)</translation>
    </message>
    <message>
        <source>Presence: details</source>
        <translation type="unfinished">Перебування: подробиці</translation>
    </message>
    <message>
        <source>— not chosen yet —</source>
        <translation type="unfinished">— ще не вибрано —</translation>
    </message>
    <message>
        <source>Urgent humanitarian reasons</source>
        <translation type="unfinished">Нагальні гуманітарні причини</translation>
    </message>
    <message>
        <source>Significant public benefit</source>
        <translation type="unfinished">Значна суспільна користь</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation type="unfinished">Підстава</translation>
    </message>
    <message>
        <source>Private request (Form I-131)</source>
        <translation type="unfinished">Приватний запит (Form I-131)</translation>
    </message>
    <message>
        <source>Agency referral (a US agency sponsors it)</source>
        <translation type="unfinished">Направлення агентства (спонсор — агентство США)</translation>
    </message>
    <message>
        <source>Who brings it</source>
        <translation type="unfinished">Хто подає</translation>
    </message>
    <message>
        <source>e.g. the US agency that refers the case</source>
        <translation type="unfinished">напр., агентство США, що направляє справу</translation>
    </message>
    <message>
        <source>Sponsoring agency</source>
        <translation type="unfinished">Агентство-спонсор</translation>
    </message>
    <message>
        <source>Not recorded yet</source>
        <translation type="unfinished">Ще не записано</translation>
    </message>
    <message>
        <source>In this packet (the official form, filled)</source>
        <translation type="unfinished">У цьому пакеті (офіційна форма, заповнена)</translation>
    </message>
    <message>
        <source>Follows: the requestor sends it later</source>
        <translation type="unfinished">Пізніше: заявник надішле її згодом</translation>
    </message>
    <message>
        <source>The supporter mails it themselves</source>
        <translation type="unfinished">Спонсор надсилає її сам</translation>
    </message>
    <message>
        <source>Supporter&apos;s signed I-134</source>
        <translation type="unfinished">Підписана спонсором I-134</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished">Причина</translation>
    </message>
    <message>
        <source>— choose a reason —</source>
        <translation type="unfinished">— виберіть причину —</translation>
    </message>
    <message>
        <source>Reason category</source>
        <translation type="unfinished">Категорія причини</translation>
    </message>
    <message>
        <source>In the family&apos;s own words: what happened, why it is urgent now, what the person will do in the United States and how they will return home.</source>
        <translation type="unfinished">Словами самої родини: що сталося, чому це нагально зараз, що особа робитиме в Сполучених Штатах і як повернеться додому.</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation type="unfinished">Заява</translation>
    </message>
    <message>
        <source>Dates and duration</source>
        <translation type="unfinished">Дати й тривалість</translation>
    </message>
    <message>
        <source>Key date</source>
        <translation type="unfinished">Ключова дата</translation>
    </message>
    <message>
        <source>An event on that day: arrive before it</source>
        <translation type="unfinished">Подія в цей день: прибути до неї</translation>
    </message>
    <message>
        <source>A deadline: arriving that day is in time</source>
        <translation type="unfinished">Крайній строк: прибуття цього дня — вчасно</translation>
    </message>
    <message>
        <source>The key date is</source>
        <translation type="unfinished">Тип ключової дати</translation>
    </message>
    <message>
        <source>Event: surgery, hearing, funeral (arriving on the day is too late). Deadline: must arrive by that day.</source>
        <translation type="unfinished">Подія: операція, засідання, похорон (прибути в той самий день запізно). Крайній строк: прибути до цього дня.</translation>
    </message>
    <message>
        <source>What happens on that date</source>
        <translation type="unfinished">Що відбувається в цю дату</translation>
    </message>
    <message>
        <source>Ask for expedited processing (mark the request EXPEDITE)</source>
        <translation type="unfinished">Просити прискореного розгляду (позначка EXPEDITE)</translation>
    </message>
    <message>
        <source>not given</source>
        <translation type="unfinished">не вказано</translation>
    </message>
    <message>
        <source> months</source>
        <translation type="unfinished"> міс.</translation>
    </message>
    <message>
        <source>Parole needed for</source>
        <translation type="unfinished">Parole потрібен на</translation>
    </message>
    <message>
        <source>Needed when more than 12 months are requested.</source>
        <translation type="unfinished">Потрібно, якщо просять понад 12 місяців.</translation>
    </message>
    <message>
        <source>Why that long</source>
        <translation type="unfinished">Чому так довго</translation>
    </message>
    <message>
        <source>Visa and admissibility</source>
        <translation type="unfinished">Віза і допустимість</translation>
    </message>
    <message>
        <source>Why no visa or other pathway in time</source>
        <translation type="unfinished">Чому вчасно немає візи чи іншого шляху</translation>
    </message>
    <message>
        <source>Why a visa or admission is not possible</source>
        <translation type="unfinished">Чому віза чи допуск неможливі</translation>
    </message>
    <message>
        <source>Grounds (tick all that apply)</source>
        <translation type="unfinished">Підстави (позначте всі, що підходять)</translation>
    </message>
    <message>
        <source>The grounds of inadmissibility (INA 212(a)) of this list, from the rules pack.</source>
        <translation type="unfinished">Підстави недопустимості (INA 212(a)) із цього списку, з пакета правил.</translation>
    </message>
    <message>
        <source>The grounds of inadmissibility (INA 212(a)); the rules pack has no list yet.</source>
        <translation type="unfinished">Підстави недопустимості (INA 212(a)); у пакеті правил ще немає списку.</translation>
    </message>
    <message>
        <source>exception</source>
        <translation type="unfinished">виняток</translation>
    </message>
    <message>
        <source>pick from the list</source>
        <translation type="unfinished">виберіть зі списку</translation>
    </message>
    <message>
        <source>the exception, in the proclamation&apos;s words</source>
        <translation type="unfinished">виняток словами прокламації</translation>
    </message>
    <message>
        <source>Entry-ban exception claimed</source>
        <translation type="unfinished">Заявлений виняток із заборони в&apos;їзду</translation>
    </message>
    <message>
        <source>Only when the country is under an entry suspension (Proclamation 10949 or 10998).</source>
        <translation type="unfinished">Лише якщо для країни призупинено в&apos;їзд (Proclamation 10949 або 10998).</translation>
    </message>
    <message>
        <source>Why it applies, and the evidence for it</source>
        <translation type="unfinished">Чому він застосовується, і докази цього</translation>
    </message>
    <message>
        <source>Exception: why</source>
        <translation type="unfinished">Виняток: чому</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished">Канал</translation>
    </message>
    <message>
        <source>USCIS (Form I-131, beneficiary outside the US)</source>
        <translation type="unfinished">USCIS (Form I-131, бенефіціар за межами США)</translation>
    </message>
    <message>
        <source>CBP at a port of entry</source>
        <translation type="unfinished">CBP у пункті в&apos;їзду</translation>
    </message>
    <message>
        <source>Filed with</source>
        <translation type="unfinished">Куди подається</translation>
    </message>
    <message>
        <source>Port of entry</source>
        <translation type="unfinished">Пункт в&apos;їзду</translation>
    </message>
    <message>
        <source>the port&apos;s street address</source>
        <translation type="unfinished">адреса пункту</translation>
    </message>
    <message>
        <source>Port address (CBP)</source>
        <translation type="unfinished">Адреса пункту (CBP)</translation>
    </message>
    <message>
        <source>HH:MM, e.g. 09:30</source>
        <translation type="unfinished">ГГ:ХХ, напр., 09:30</translation>
    </message>
    <message>
        <source>Time at the port</source>
        <translation type="unfinished">Час у пункті</translation>
    </message>
    <message>
        <source>City, Country — e.g. Islamabad, Pakistan</source>
        <translation type="unfinished">Місто, країна — напр., Islamabad, Pakistan</translation>
    </message>
    <message>
        <source>US embassy or consulate to notify</source>
        <translation type="unfinished">Посольство чи консульство США, яке повідомити</translation>
    </message>
    <message>
        <source>Intended arrival date</source>
        <translation type="unfinished">Запланована дата прибуття</translation>
    </message>
    <message>
        <source>Leave empty for a general case-by-case request</source>
        <translation type="unfinished">Залиште порожнім для загального індивідуального запиту</translation>
    </message>
    <message>
        <source>Program</source>
        <translation type="unfinished">Програма</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation type="unfinished">Збори</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished">Сплачено</translation>
    </message>
    <message>
        <source>Fee waiver requested (Form I-912)</source>
        <translation type="unfinished">Просять звільнення від збору (Form I-912)</translation>
    </message>
    <message>
        <source>Exempt</source>
        <translation type="unfinished">Звільнено</translation>
    </message>
    <message>
        <source>Filing fee</source>
        <translation type="unfinished">Збір за подання</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation type="unfinished">Паперово</translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished">Онлайн</translation>
    </message>
    <message>
        <source>Filing mode</source>
        <translation type="unfinished">Спосіб подання</translation>
    </message>
    <message>
        <source>Form G-1450 (credit, debit or prepaid card)</source>
        <translation type="unfinished">Form G-1450 (кредитна, дебетова чи передплачена картка)</translation>
    </message>
    <message>
        <source>Form G-1650 (debit from a US bank account)</source>
        <translation type="unfinished">Form G-1650 (списання з рахунку в банку США)</translation>
    </message>
    <message>
        <source>Form G-1651 (exemption from electronic payment)</source>
        <translation type="unfinished">Form G-1651 (звільнення від електронної оплати)</translation>
    </message>
    <message>
        <source>Form I-912 (fee waiver instead of payment)</source>
        <translation type="unfinished">Form I-912 (звільнення від збору замість оплати)</translation>
    </message>
    <message>
        <source>Payment (paper filing)</source>
        <translation type="unfinished">Оплата (паперове подання)</translation>
    </message>
    <message>
        <source>Whose card or bank account pays</source>
        <translation type="unfinished">Чия картка чи банківський рахунок платить</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation type="unfinished">Платник</translation>
    </message>
    <message>
        <source>The beneficiary</source>
        <translation type="unfinished">Бенефіціар</translation>
    </message>
    <message>
        <source>The requestor</source>
        <translation type="unfinished">Заявник</translation>
    </message>
    <message>
        <source>A supporter</source>
        <translation type="unfinished">Спонсор</translation>
    </message>
    <message>
        <source>The representative</source>
        <translation type="unfinished">Представник</translation>
    </message>
    <message>
        <source>Someone else (not in the request)</source>
        <translation type="unfinished">Хтось інший (не в запиті)</translation>
    </message>
    <message>
        <source>The payer is</source>
        <translation type="unfinished">Хто платить</translation>
    </message>
    <message>
        <source>The card was issued outside the US (G-1450)</source>
        <translation type="unfinished">Картку видано за межами США (G-1450)</translation>
    </message>
    <message>
        <source>The payer&apos;s account is at a US bank (needed for G-1650)</source>
        <translation type="unfinished">Рахунок платника в банку США (потрібно для G-1650)</translation>
    </message>
    <message>
        <source>The client plans to pay it when parole is granted</source>
        <translation type="unfinished">Клієнт планує сплатити його після надання parole</translation>
    </message>
    <message>
        <source>A statutory exception is claimed</source>
        <translation type="unfinished">Заявлено законний виняток</translation>
    </message>
    <message>
        <source>Parole fee (due at grant)</source>
        <translation type="unfinished">Збір за parole (сплачується при наданні)</translation>
    </message>
    <message>
        <source>Exception claimed</source>
        <translation type="unfinished">Заявлений виняток</translation>
    </message>
    <message>
        <source>Facts for the cover letter (only what the client told you)</source>
        <translation type="unfinished">Факти для супровідного листа (лише те, що сказав клієнт)</translation>
    </message>
    <message>
        <source>Intent to return home</source>
        <translation type="unfinished">Намір повернутися додому</translation>
    </message>
    <message>
        <source>Ties to the home country</source>
        <translation type="unfinished">Зв&apos;язки з країною походження</translation>
    </message>
    <message>
        <source>Funeral: who died</source>
        <translation type="unfinished">Похорон: хто помер</translation>
    </message>
    <message>
        <source>Funeral: relationship to the beneficiary</source>
        <translation type="unfinished">Похорон: ким доводиться бенефіціару</translation>
    </message>
    <message>
        <source>Minor: who they travel with</source>
        <translation type="unfinished">Неповнолітній: з ким подорожує</translation>
    </message>
    <message>
        <source>Minor: companion&apos;s relationship to the child</source>
        <translation type="unfinished">Неповнолітній: ким супровідник доводиться дитині</translation>
    </message>
    <message>
        <source>Protection: why refugee processing is not available in time</source>
        <translation type="unfinished">Захист: чому процедура для біженців вчасно недоступна</translation>
    </message>
    <message>
        <source>at least {a} words are needed; {b} or more recommended</source>
        <translation type="unfinished">мінімум {a} слів; рекомендовано від {b}</translation>
    </message>
    <message>
        <source>{b} or more words recommended</source>
        <translation type="unfinished">рекомендовано від {b} слів</translation>
    </message>
    <message>
        <source>long enough</source>
        <translation type="unfinished">достатньо</translation>
    </message>
    <message>
        <source>{n} words — {note}</source>
        <translation type="unfinished">Слів: {n} — {note}</translation>
    </message>
</context>
<context>
    <name>RecoverPage</name>
    <message>
        <source>Unlock with the recovery key</source>
        <translation type="unfinished">Розблокувати ключем відновлення</translation>
    </message>
    <message>
        <source>Type the recovery key from the paper sheet, then choose a new passphrase.</source>
        <translation type="unfinished">Введіть ключ відновлення з паперового аркуша, потім виберіть нову парольну фразу.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation type="unfinished">Ключ відновлення</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished">Нова парольна фраза</translation>
    </message>
    <message>
        <source>Repeat the new passphrase</source>
        <translation type="unfinished">Повторіть нову парольну фразу</translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished">Назад</translation>
    </message>
    <message>
        <source>Unlock and set passphrase</source>
        <translation type="unfinished">Розблокувати й задати фразу</translation>
    </message>
    <message>
        <source>The new passphrase is too short: use at least {n} characters.</source>
        <translation type="unfinished">Нова парольна фраза закоротка: щонайменше {n} символів.</translation>
    </message>
    <message>
        <source>The two new passphrases are different.</source>
        <translation type="unfinished">Дві нові парольні фрази різні.</translation>
    </message>
    <message>
        <source>That recovery key does not open this vault. Check each group of letters.</source>
        <translation type="unfinished">Цей ключ відновлення не відкриває це сховище. Перевірте кожну групу літер.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPage</name>
    <message>
        <source>Your recovery key</source>
        <translation type="unfinished">Ваш ключ відновлення</translation>
    </message>
    <message>
        <source>If the passphrase is forgotten, this key is the only way to open the vault. Write it on paper (or print it) and keep it locked away, apart from this computer. It is shown only now.</source>
        <translation type="unfinished">Якщо парольну фразу забуто, лише цей ключ відкриє сховище. Запишіть його на папері (або надрукуйте) і тримайте під замком, окремо від цього комп&apos;ютера. Його показано лише зараз.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation type="unfinished">Ключ відновлення</translation>
    </message>
    <message>
        <source>I have written it down</source>
        <translation type="unfinished">Я його записав(ла)</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished">Друкувати…</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished">Продовжити</translation>
    </message>
    <message>
        <source>Parole Desktop vault recovery key</source>
        <translation type="unfinished">Ключ відновлення сховища Parole Desktop</translation>
    </message>
    <message>
        <source>Printed on {date}. Keep this sheet locked away, apart from the laptop.</source>
        <translation type="unfinished">Надруковано {date}. Тримайте цей аркуш під замком, окремо від ноутбука.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished">Друкувати</translation>
    </message>
    <message>
        <source>Printing is not available on this computer. Write the recovery key down by hand.</source>
        <translation type="unfinished">Друк на цьому комп&apos;ютері недоступний. Запишіть ключ відновлення від руки.</translation>
    </message>
    <message>
        <source>The recovery key is printed only on a printer, never into a file (a file could be copied or synced). Choose a printer, or write the key down by hand.</source>
        <translation type="unfinished">Ключ відновлення друкується лише на принтері, ніколи у файл (файл можна скопіювати чи синхронізувати). Виберіть принтер або запишіть ключ від руки.</translation>
    </message>
</context>
<context>
    <name>RemovedItemsDialog</name>
    <message>
        <source>Removed from this case</source>
        <translation type="unfinished">Вилучено з цієї справи</translation>
    </message>
    <message>
        <source>What was removed from this case stays in the vault, with its file, until the case is signed off. Pick one and put it back.</source>
        <translation type="unfinished">Вилучене з цієї справи лишається у сховищі разом із файлом, доки справу не затверджено. Виберіть щось і поверніть.</translation>
    </message>
    <message>
        <source>Put back</source>
        <translation type="unfinished">Повернути</translation>
    </message>
    <message>
        <source>person</source>
        <translation type="unfinished">особа</translation>
    </message>
    <message>
        <source>document</source>
        <translation type="unfinished">документ</translation>
    </message>
    <message>
        <source>{kind}: {label} — removed {when} by {who}</source>
        <translation type="unfinished">{kind}: {label} — вилучено {when}, хто: {who}</translation>
    </message>
    <message>
        <source>Not put back</source>
        <translation type="unfinished">Не повернуто</translation>
    </message>
</context>
<context>
    <name>ReprobeStatus</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Скасувати</translation>
    </message>
    <message>
        <source>Stop preparing exhibit pages now; a packet export prepares what is still missing</source>
        <translation type="unfinished">Припинити підготовку сторінок додатків; експорт пакета підготує те, чого бракує</translation>
    </message>
    <message>
        <source>Preparing exhibit pages and thumbnails: {done} of {total}</source>
        <translation type="unfinished">Підготовка сторінок додатків і мініатюр: {done} з {total}</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation type="unfinished">Зупинення…</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>The reviewer reads the whole request and the evidence, then signs off with their own passphrase. A later change to the request or its documents sets the sign-off aside until the request is back exactly as signed, or the reviewer signs again.</source>
        <translation type="unfinished">Рецензент читає весь запит і докази, потім затверджує його власною парольною фразою. Пізніша зміна запиту чи його документів скасовує затвердження, доки запит не стане точно таким, як підписаний, або рецензент не підпише знову.</translation>
    </message>
    <message>
        <source>Sign off</source>
        <translation type="unfinished">Затвердити</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation type="unfinished">Рецензент</translation>
    </message>
    <message>
        <source>Reviewer&apos;s passphrase</source>
        <translation type="unfinished">Парольна фраза рецензента</translation>
    </message>
    <message>
        <source>No reviewer profile exists yet. A reviewer creates one in the Reviewers settings.</source>
        <translation type="unfinished">Профілю рецензента ще немає. Рецензент створює його в налаштуваннях «Рецензенти».</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation type="unfinished">Реєстр</translation>
    </message>
    <message>
        <source>Warnings the reviewer accepts</source>
        <translation type="unfinished">Попередження, які приймає рецензент</translation>
    </message>
    <message>
        <source>✓ {name} ({role} {number}) is listed — key {fpr}</source>
        <translation type="unfinished">✓ {name} ({role} {number}) є в реєстрі — ключ {fpr}</translation>
    </message>
    <message>
        <source>✗ Cannot sign: {why}. Key {fpr}</source>
        <translation type="unfinished">✗ Не можна підписати: {why}. Ключ {fpr}</translation>
    </message>
    <message>
        <source>Why this is acceptable (required)</source>
        <translation type="unfinished">Чому це прийнятно (обов&apos;язково)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished">Причина</translation>
    </message>
    <message>
        <source>Not signed off yet.</source>
        <translation type="unfinished">Ще не затверджено.</translation>
    </message>
    <message>
        <source>⚠ SIGN-OFF VOID — {reason}.
Signed by {who} on {when}. The reviewer must review the case again and sign off anew.</source>
        <translation type="unfinished">⚠ ЗАТВЕРДЖЕННЯ НЕДІЙСНЕ — {reason}.
Підписав(ла) {who}, {when}. Рецензент має знову перевірити справу й затвердити її наново.</translation>
    </message>
    <message>
        <source>✓ Signed off by {who} on {when} with rules pack {pack} {version}.</source>
        <translation type="unfinished">✓ Затвердив(ла) {who}, {when}, з пакетом правил {pack} {version}.</translation>
    </message>
    <message>
        <source>Warnings accepted:</source>
        <translation type="unfinished">Прийняті попередження:</translation>
    </message>
    <message>
        <source>Choose a reviewer first.</source>
        <translation type="unfinished">Спершу виберіть рецензента.</translation>
    </message>
    <message>
        <source>Signing off</source>
        <translation type="unfinished">Затвердження</translation>
    </message>
    <message>
        <source>Not signed off</source>
        <translation type="unfinished">Не затверджено</translation>
    </message>
</context>
<context>
    <name>ReviewersDialog</name>
    <message>
        <source>Reviewer profiles</source>
        <translation type="unfinished">Профілі рецензентів</translation>
    </message>
    <message>
        <source>Attorneys, accredited representatives and supervisors who sign off requests. Each reviewer&apos;s signing key is protected by their own passphrase, which only they should know.</source>
        <translation type="unfinished">Адвокати, акредитовані представники та керівники, які затверджують запити. Ключ підпису кожного рецензента захищено його власною парольною фразою, яку має знати лише він.</translation>
    </message>
    <message>
        <source>Reviewers</source>
        <translation type="unfinished">Рецензенти</translation>
    </message>
    <message>
        <source>Import the organization&apos;s roster…</source>
        <translation type="unfinished">Імпортувати реєстр організації…</translation>
    </message>
    <message>
        <source>Write enrolment request…</source>
        <translation type="unfinished">Записати запит на реєстрацію…</translation>
    </message>
    <message>
        <source>Import digital ID (.p12/.pfx)…</source>
        <translation type="unfinished">Імпортувати цифровий ID (.p12/.pfx)…</translation>
    </message>
    <message>
        <source>New reviewer</source>
        <translation type="unfinished">Новий рецензент</translation>
    </message>
    <message>
        <source>Reviewer passphrase</source>
        <translation type="unfinished">Парольна фраза рецензента</translation>
    </message>
    <message>
        <source>Repeat the reviewer passphrase</source>
        <translation type="unfinished">Повторіть парольну фразу рецензента</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished">&amp;Ім&apos;я</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation type="unfinished">&amp;Роль</translation>
    </message>
    <message>
        <source>&amp;Bar number / accreditation</source>
        <translation type="unfinished">&amp;Номер ліцензії / акредитація</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation type="unfinished">&amp;Організація</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation type="unfinished">&amp;Парольна фраза</translation>
    </message>
    <message>
        <source>Re&amp;peat passphrase</source>
        <translation type="unfinished">Пов&amp;торіть фразу</translation>
    </message>
    <message>
        <source>Create reviewer</source>
        <translation type="unfinished">Створити рецензента</translation>
    </message>
    <message>
        <source>No organization roster yet: nobody can sign off until the org admin&apos;s signed roster is imported. A solo attorney is their own organization (see docs/security.md).</source>
        <translation type="unfinished">Реєстру організації ще немає: ніхто не може затверджувати, доки не імпортовано підписаний реєстр адміністратора організації. Адвокат-одинак сам є своєю організацією (див. docs/security.md).</translation>
    </message>
    <message>
        <source>Trusted organization: {org}{demo} · roster version {v} · org fingerprint {f}</source>
        <translation type="unfinished">Довірена організація: {org}{demo} · версія реєстру {v} · відбиток організації {f}</translation>
    </message>
    <message>
        <source> (DEMO)</source>
        <translation type="unfinished"> (ДЕМО)</translation>
    </message>
    <message>
        <source>PDF signing ID</source>
        <translation type="unfinished">ID для підпису PDF</translation>
    </message>
    <message>
        <source>key {f}</source>
        <translation type="unfinished">ключ {f}</translation>
    </message>
    <message>
        <source>✓ listed in the roster</source>
        <translation type="unfinished">✓ є в реєстрі</translation>
    </message>
    <message>
        <source>✗ cannot sign: {why}</source>
        <translation type="unfinished">✗ не можна підписати: {why}</translation>
    </message>
    <message>
        <source>The reviewer passphrase needs at least {n} characters.</source>
        <translation type="unfinished">Парольна фраза рецензента має містити щонайменше {n} символів.</translation>
    </message>
    <message>
        <source>The two passphrases are different.</source>
        <translation type="unfinished">Дві парольні фрази різні.</translation>
    </message>
    <message>
        <source>Creating the reviewer&apos;s keys…</source>
        <translation type="unfinished">Створення ключів рецензента…</translation>
    </message>
    <message>
        <source>Choose the organization&apos;s roster</source>
        <translation type="unfinished">Виберіть реєстр організації</translation>
    </message>
    <message>
        <source>Roster (*.json);;All files (*)</source>
        <translation type="unfinished">Реєстр (*.json);;Усі файли (*)</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation type="unfinished">Реєстр</translation>
    </message>
    <message>
        <source>Roster version {v} of {org} is now in use.</source>
        <translation type="unfinished">Тепер використовується версія реєстру {v} організації {org}.</translation>
    </message>
    <message>
        <source>Enrolment</source>
        <translation type="unfinished">Реєстрація</translation>
    </message>
    <message>
        <source>The reviewer&apos;s passphrase:</source>
        <translation type="unfinished">Парольна фраза рецензента:</translation>
    </message>
    <message>
        <source>Save the enrolment request</source>
        <translation type="unfinished">Зберегти запит на реєстрацію</translation>
    </message>
    <message>
        <source>Enrolment (*.json)</source>
        <translation type="unfinished">Реєстрація (*.json)</translation>
    </message>
    <message>
        <source>Give the file to the org admin and read them this key fingerprint by phone or in person: {f}</source>
        <translation type="unfinished">Передайте файл адміністратору організації й прочитайте йому цей відбиток ключа телефоном або особисто: {f}</translation>
    </message>
    <message>
        <source>Choose the digital ID</source>
        <translation type="unfinished">Виберіть цифровий ID</translation>
    </message>
    <message>
        <source>Digital ID (*.p12 *.pfx);;All files (*)</source>
        <translation type="unfinished">Цифровий ID (*.p12 *.pfx);;Усі файли (*)</translation>
    </message>
    <message>
        <source>Digital ID</source>
        <translation type="unfinished">Цифровий ID</translation>
    </message>
    <message>
        <source>Password of the digital ID file:</source>
        <translation type="unfinished">Пароль файлу цифрового ID:</translation>
    </message>
    <message>
        <source>Importing the digital ID…</source>
        <translation type="unfinished">Імпорт цифрового ID…</translation>
    </message>
    <message>
        <source>The digital ID will sign this reviewer&apos;s packets.</source>
        <translation type="unfinished">Цифровий ID підписуватиме пакети цього рецензента.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished">Налаштування</translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished">Мова</translation>
    </message>
    <message>
        <source>&amp;Interface language</source>
        <translation type="unfinished">&amp;Мова інтерфейсу</translation>
    </message>
    <message>
        <source>Menus, screens and messages change at once. The packet for filing (forms and letters) stays in English.</source>
        <translation type="unfinished">Меню, екрани й повідомлення змінюються одразу. Пакет для подання (форми й листи) лишається англійською.</translation>
    </message>
    <message>
        <source>Security</source>
        <translation type="unfinished">Безпека</translation>
    </message>
    <message>
        <source>Lock after minutes without use</source>
        <translation type="unfinished">Блокувати після хвилин без дій</translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"> хв</translation>
    </message>
    <message>
        <source>&amp;Lock after no use for</source>
        <translation type="unfinished">&amp;Блокувати без дій через</translation>
    </message>
    <message>
        <source>Rotate keys…</source>
        <translation type="unfinished">Нові ключі…</translation>
    </message>
    <message>
        <source>When the passphrase or an old key file may be known to someone: a new master key, old copies stop working.</source>
        <translation type="unfinished">Коли парольна фраза чи старий файл ключа можуть бути комусь відомі: новий головний ключ, старі копії перестають працювати.</translation>
    </message>
    <message>
        <source>New recovery key…</source>
        <translation type="unfinished">Ключ відновлення…</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished">Ключі</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation type="unfinished">Резервна копія</translation>
    </message>
    <message>
        <source>A backup is one encrypted file. Keep it on a USB stick stored apart from the laptop; it opens only with this vault&apos;s passphrase.</source>
        <translation type="unfinished">Резервна копія — це один зашифрований файл. Тримайте її на USB-накопичувачі окремо від ноутбука; вона відкривається лише парольною фразою цього сховища.</translation>
    </message>
    <message>
        <source>Back up now…</source>
        <translation type="unfinished">Створити копію зараз…</translation>
    </message>
    <message>
        <source>This laptop (sharing cases)</source>
        <translation type="unfinished">Цей ноутбук (обмін справами)</translation>
    </message>
    <message>
        <source>This laptop&apos;s name</source>
        <translation type="unfinished">Назва цього ноутбука</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished">&amp;Назва</translation>
    </message>
    <message>
        <source>This laptop&apos;s fingerprint</source>
        <translation type="unfinished">Відбиток цього ноутбука</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation type="unfinished">Відбиток</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation type="unfinished">Реєстр</translation>
    </message>
    <message>
        <source>Save enrolment for the org admin…</source>
        <translation type="unfinished">Зберегти реєстрацію для адміністратора…</translation>
    </message>
    <message>
        <source>A file with this laptop&apos;s public keys. The org admin lists it in the roster after comparing the fingerprint (read aloud or scanned from the QR code).</source>
        <translation type="unfinished">Файл із відкритими ключами цього ноутбука. Адміністратор організації вносить його до реєстру, звіривши відбиток (прочитаний уголос або зісканований з QR-коду).</translation>
    </message>
    <message>
        <source>QR code of this laptop&apos;s fingerprint</source>
        <translation type="unfinished">QR-код відбитка цього ноутбука</translation>
    </message>
    <message>
        <source>Organization hub</source>
        <translation type="unfinished">Хаб організації</translation>
    </message>
    <message>
        <source>The hub&apos;s address</source>
        <translation type="unfinished">Адреса хаба</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation type="unfinished">&amp;Адреса</translation>
    </message>
    <message>
        <source>The site&apos;s hub user name</source>
        <translation type="unfinished">Ім&apos;я користувача цього осередку на хабі</translation>
    </message>
    <message>
        <source>Site &amp;user name</source>
        <translation type="unfinished">Ім&apos;я &amp;користувача осередку</translation>
    </message>
    <message>
        <source>Save password in this computer&apos;s keyring…</source>
        <translation type="unfinished">Зберегти пароль у сховищі ключів цього комп&apos;ютера…</translation>
    </message>
    <message>
        <source>The org admin gives the address, the user name and the password. Share → Exchange with the hub sends this laptop&apos;s work and takes the others&apos;.</source>
        <translation type="unfinished">Адміністратор організації надає адресу, ім&apos;я користувача та пароль. Обмін → Обмін із хабом надсилає роботу цього ноутбука й отримує роботу інших.</translation>
    </message>
    <message>
        <source>Hub password</source>
        <translation type="unfinished">Пароль хаба</translation>
    </message>
    <message>
        <source>The password of hub user “{user}”:</source>
        <translation type="unfinished">Пароль користувача хаба «{user}»:</translation>
    </message>
    <message>
        <source>This computer has no keyring to keep the password in (common on Linux without a desktop keyring). Nothing was saved. Start Parole Desktop with PAROLE_HUB_USER and PAROLE_HUB_PASSWORD set in its environment instead.</source>
        <translation type="unfinished">На цьому комп&apos;ютері немає сховища ключів для пароля (звично для Linux без сховища ключів робочого столу). Нічого не збережено. Натомість запускайте Parole Desktop із заданими в середовищі PAROLE_HUB_USER і PAROLE_HUB_PASSWORD.</translation>
    </message>
    <message>
        <source>The password of hub user “{user}” is kept in this computer&apos;s keyring.</source>
        <translation type="unfinished">Пароль користувача хаба «{user}» зберігається у сховищі ключів цього комп&apos;ютера.</translation>
    </message>
    <message>
        <source>Save this laptop&apos;s enrolment</source>
        <translation type="unfinished">Зберегти реєстрацію цього ноутбука</translation>
    </message>
    <message>
        <source>Enrolment (*.json)</source>
        <translation type="unfinished">Реєстрація (*.json)</translation>
    </message>
    <message>
        <source>Enrolment not saved</source>
        <translation type="unfinished">Реєстрацію не збережено</translation>
    </message>
    <message>
        <source>Enrolment saved</source>
        <translation type="unfinished">Реєстрацію збережено</translation>
    </message>
    <message>
        <source>Give {file} to the org admin and compare this fingerprint with theirs: {fpr}</source>
        <translation type="unfinished">Передайте {file} адміністратору організації й звірте цей відбиток з його: {fpr}</translation>
    </message>
    <message>
        <source>This vault has never been backed up.</source>
        <translation type="unfinished">Для цього сховища ще не робили резервної копії.</translation>
    </message>
    <message>
        <source>Last backup: {when}</source>
        <translation type="unfinished">Остання резервна копія: {when}</translation>
    </message>
    <message>
        <source>Make the first backup onto a USB stick when you can.</source>
        <translation type="unfinished">Коли зможете, зробіть першу резервну копію на USB-накопичувач.</translation>
    </message>
    <message>
        <source>Please make a backup now.</source>
        <translation type="unfinished">Будь ласка, зробіть резервну копію зараз.</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation type="unfinished">Налаштування не збережено</translation>
    </message>
</context>
<context>
    <name>SignoffGuard</name>
    <message>
        <source>Change the signed request…</source>
        <translation type="unfinished">Змінити підписаний запит…</translation>
    </message>
    <message>
        <source>the reviewer&apos;s sign-off</source>
        <translation type="unfinished">затвердження рецензента</translation>
    </message>
    <message>
        <source>the sign-off by {name} on {date}</source>
        <translation type="unfinished">затвердження {name} від {date}</translation>
    </message>
    <message>
        <source>This request matches {who}. Any change you make now sets that sign-off aside until the request is back as signed or the reviewer signs again.</source>
        <translation type="unfinished">Цей запит відповідає: {who}. Будь-яка зміна зараз скасує це затвердження, доки запит не стане таким, як підписаний, або рецензент не підпише знову.</translation>
    </message>
    <message>
        <source>Signed off: this request matches {who}. Its fields are locked so that a slip of the keyboard cannot set the sign-off aside.</source>
        <translation type="unfinished">Затверджено: запит відповідає: {who}. Його поля заблоковано, щоб випадкове натискання клавіші не скасувало затвердження.</translation>
    </message>
    <message>
        <source>{who} no longer matches this request: it was changed after the reviewer signed. Ask the reviewer to review and sign again.</source>
        <translation type="unfinished">{who} більше не відповідає цьому запиту: його змінено після підпису рецензента. Попросіть рецензента перевірити й підписати знову.</translation>
    </message>
    <message>
        <source> and {n} more</source>
        <translation type="unfinished"> і ще {n}</translation>
    </message>
    <message>
        <source>{who} no longer matches: changed {fields}. Undo these changes to restore the sign-off, or ask the reviewer to sign again.</source>
        <translation type="unfinished">{who} більше не відповідає: змінено {fields}. Скасуйте ці зміни, щоб відновити затвердження, або попросіть рецензента підписати знову.</translation>
    </message>
    <message>
        <source>a field</source>
        <translation type="unfinished">поле</translation>
    </message>
    <message>
        <source>Change a signed request</source>
        <translation type="unfinished">Змінити підписаний запит</translation>
    </message>
    <message>
        <source>This request matches {who}. If you change anything, the sign-off is set aside: the request cannot be exported as final until it is back exactly as signed or the reviewer signs again.

Change the request?</source>
        <translation type="unfinished">Цей запит відповідає: {who}. Якщо ви щось зміните, затвердження скасується: запит не можна буде експортувати як остаточний, доки він не стане точно таким, як підписаний, або рецензент не підпише знову.

Змінити запит?</translation>
    </message>
    <message>
        <source>You are changing a signed request ({who}). Changed fields are listed here as you type.</source>
        <translation type="unfinished">Ви змінюєте підписаний запит ({who}). Змінені поля показано тут під час введення.</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <source>Undo</source>
        <translation type="unfinished">Скасувати</translation>
    </message>
    <message>
        <source>Put it back (Ctrl+Z)</source>
        <translation type="unfinished">Повернути (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished">Сховати</translation>
    </message>
    <message>
        <source>Put back.</source>
        <translation type="unfinished">Повернуто.</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Unlock the vault</source>
        <translation type="unfinished">Розблокуйте сховище</translation>
    </message>
    <message>
        <source>Vault: {folder}</source>
        <translation type="unfinished">Сховище: {folder}</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished">Парольна фраза</translation>
    </message>
    <message>
        <source>Use recovery key</source>
        <translation type="unfinished">Використати ключ відновлення</translation>
    </message>
    <message>
        <source>Unlock anyway</source>
        <translation type="unfinished">Все одно розблокувати</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished">Розблокувати</translation>
    </message>
    <message>
        <source>DEMO vault with synthetic cases. Passphrase: {passphrase} — do not put real client data in it; start without --demo for your own vault.</source>
        <translation type="unfinished">ДЕМО-сховище з вигаданими справами. Парольна фраза: {passphrase} — не вносьте справжніх даних клієнтів; для власного сховища запускайте без --demo.</translation>
    </message>
    <message>
        <source>Demo reviewer&apos;s passphrase: {p}</source>
        <translation type="unfinished">Парольна фраза демо-рецензента: {p}</translation>
    </message>
    <message>
        <source>Only do this if the vault is not open on the other computer any more (it crashed, or the USB stick was pulled out). Two computers writing to one vault can lose work.</source>
        <translation type="unfinished">Робіть це, лише якщо сховище більше не відкрите на іншому комп&apos;ютері (той аварійно завершився або USB-накопичувач витягнули). Два комп&apos;ютери, що пишуть в одне сховище, можуть втратити роботу.</translation>
    </message>
    <message>
        <source>Wrong passphrase. You can try again in {n} s.</source>
        <translation type="unfinished">Неправильна парольна фраза. Можна спробувати знову через {n} с.</translation>
    </message>
    <message>
        <source>Unlock ({n} s)</source>
        <translation type="unfinished">Розблокувати ({n} с)</translation>
    </message>
    <message>
        <source>Wrong passphrase. Check Caps Lock and the keyboard language, then try again.</source>
        <translation type="unfinished">Неправильна парольна фраза. Перевірте Caps Lock і розкладку клавіатури, потім спробуйте знову.</translation>
    </message>
</context>
<context>
    <name>_Counts</name>
    <message numerus="yes">
        <source>The audit log is intact: %n entries, none changed or removed.</source>
        <translation type="unfinished">
            <numerusform>Журнал аудиту цілий: %n запис, жоден не змінено й не вилучено.</numerusform>
            <numerusform>Журнал аудиту цілий: %n записи, жоден не змінено й не вилучено.</numerusform>
            <numerusform>Журнал аудиту цілий: %n записів, жоден не змінено й не вилучено.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The audit log has problems (%n entries checked):
{problems}</source>
        <translation type="unfinished">
            <numerusform>Журнал аудиту має проблеми (перевірено %n запис):
{problems}</numerusform>
            <numerusform>Журнал аудиту має проблеми (перевірено %n записи):
{problems}</numerusform>
            <numerusform>Журнал аудиту має проблеми (перевірено %n записів):
{problems}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Creating the demo vault…</source>
        <translation type="unfinished">Створення демонстраційного сховища…</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>Continue</source>
        <translation type="unfinished">Продовжити</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <source>Parole Desktop</source>
        <translation type="unfinished">Parole Desktop</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Accredited representative</source>
        <translation type="unfinished">Акредитований представник</translation>
    </message>
    <message>
        <source>Attorney</source>
        <translation type="unfinished">Адвокат</translation>
    </message>
    <message>
        <source>CBP at a port of entry</source>
        <translation type="unfinished">CBP у пункті в&apos;їзду</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation type="unfinished">Рішення ухвалено</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished">Чернетка</translation>
    </message>
    <message>
        <source>Family unity</source>
        <translation type="unfinished">Єдність родини</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation type="unfinished">Подано</translation>
    </message>
    <message>
        <source>Funeral</source>
        <translation type="unfinished">Похорон</translation>
    </message>
    <message>
        <source>Legal proceeding</source>
        <translation type="unfinished">Судовий процес</translation>
    </message>
    <message>
        <source>Medical treatment</source>
        <translation type="unfinished">Лікування</translation>
    </message>
    <message>
        <source>Organ donor</source>
        <translation type="unfinished">Донор органів</translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished">Інше</translation>
    </message>
    <message>
        <source>Protection</source>
        <translation type="unfinished">Захист</translation>
    </message>
    <message>
        <source>Public benefit</source>
        <translation type="unfinished">Суспільна користь</translation>
    </message>
    <message>
        <source>Ready for review</source>
        <translation type="unfinished">Готово до перевірки</translation>
    </message>
    <message>
        <source>Signed off</source>
        <translation type="unfinished">Затверджено</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished">Керівник</translation>
    </message>
    <message>
        <source>USCIS (Form I-131)</source>
        <translation type="unfinished">USCIS (Form I-131)</translation>
    </message>
    <message>
        <source>Visit a sick relative</source>
        <translation type="unfinished">Відвідати хворого родича</translation>
    </message>
</context>
<context>
    <name>pack_texts</name>
    <message>
        <source>translation out of date: shown in English</source>
        <translation type="unfinished">переклад застарів: показано англійською</translation>
    </message>
    <message>
        <source>not translated yet: shown in English</source>
        <translation type="unfinished">ще не перекладено: показано англійською</translation>
    </message>
    <message>
        <source>* not yet reviewed: a draft translation a qualified translator has not checked.</source>
        <translation type="unfinished">* ще не перевірено: чернетка перекладу, яку не перевірив кваліфікований перекладач.</translation>
    </message>
    <message>
        <source>Not yet reviewed: a draft translation a qualified translator has not checked.</source>
        <translation type="unfinished">Ще не перевірено: чернетка перекладу, яку не перевірив кваліфікований перекладач.</translation>
    </message>
    <message>
        <source>In English, as stored: {message}</source>
        <translation type="unfinished">Англійською, як збережено: {message}</translation>
    </message>
    <message>
        <source>In English: {text}</source>
        <translation type="unfinished">Англійською: {text}</translation>
    </message>
</context>
<context>
    <name>quarantine</name>
    <message>
        <source>Case change</source>
        <extracomment>seal context -&gt; what the table calls it</extracomment>
        <translation type="unfinished">Зміна справи</translation>
    </message>
    <message>
        <source>Evidence file</source>
        <translation type="unfinished">Файл доказу</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation type="unfinished">Затвердження</translation>
    </message>
    <message>
        <source>Rules pack</source>
        <translation type="unfinished">Пакет правил</translation>
    </message>
    <message>
        <source>Signed filing</source>
        <translation type="unfinished">Підписане подання</translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished">Отримано</translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished">Від</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished">Вид</translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished">Стан</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished">Причина</translation>
    </message>
    <message>
        <source>Unknown laptop</source>
        <translation type="unfinished">Невідомий ноутбук</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished">Очікує</translation>
    </message>
    <message>
        <source>Kept aside</source>
        <translation type="unfinished">Відкладено</translation>
    </message>
    <message>
        <source>Received but not applied</source>
        <translation type="unfinished">Отримане, але не застосоване</translation>
    </message>
    <message>
        <source>Copy reason</source>
        <translation type="unfinished">Копіювати причину</translation>
    </message>
    <message>
        <source>Nothing received is kept aside.</source>
        <translation type="unfinished">Нічого з отриманого не відкладено.</translation>
    </message>
    <message>
        <source>What other laptops sent that this laptop has not applied, and why. What is kept aside is never applied; what is waiting is taken as soon as what it depends on arrives.</source>
        <translation type="unfinished">Що інші ноутбуки надіслали, а цей ноутбук не застосував, і чому. Відкладене ніколи не застосовується; те, що очікує, буде прийнято, щойно надійде те, від чого воно залежить.</translation>
    </message>
</context>
<context>
    <name>reviewers</name>
    <message>
        <source>Trust this organization?</source>
        <translation type="unfinished">Довіряти цій організації?</translation>
    </message>
    <message>
        <source>First roster for this vault: {org}.
Type the org key fingerprint the org admin gave you by phone or in person (32 characters or more). Nothing is trusted if it differs.</source>
        <translation type="unfinished">Перший реєстр для цього сховища: {org}.
Введіть відбиток ключа організації, який адміністратор дав вам телефоном або особисто (32 символи або більше). Якщо він відрізняється, нічому не довіряють.</translation>
    </message>
</context>
<context>
    <name>screens</name>
    <message>
        <source>Backing up the vault…</source>
        <translation type="unfinished">Резервне копіювання сховища…</translation>
    </message>
</context>
<context>
    <name>share</name>
    <message>
        <source>Parole Desktop bundle (*.pdbundle);;All files (*)</source>
        <translation type="unfinished">Пакунок Parole Desktop (*.pdbundle);;Усі файли (*)</translation>
    </message>
    <message>
        <source>any laptop of the organization</source>
        <translation type="unfinished">будь-який ноутбук організації</translation>
    </message>
    <message>
        <source>The bundle holds nothing new: as far as this laptop knows, they already have everything it has. It still carries this laptop&apos;s acknowledgements.</source>
        <translation type="unfinished">Пакунок не містить нічого нового: наскільки відомо цьому ноутбуку, у них уже є все, що має він. Він усе одно несе підтвердження цього ноутбука.</translation>
    </message>
    <message>
        <source>{count} sealed objects, {size} KB.</source>
        <translation type="unfinished">Запечатаних об&apos;єктів: {count}, {size} КБ.</translation>
    </message>
    <message>
        <source>Bundle number {number} for {who} written to:
{path}

{body}</source>
        <translation type="unfinished">Пакунок номер {number} для {who} записано в:
{path}

{body}</translation>
    </message>
    <message>
        <source>Bundle number {number} from “{sender}” imported.

Applied: {applied}
Waiting for what they depend on: {waiting}
Already here: {duplicate}
Kept aside (quarantined): {quarantined}</source>
        <translation type="unfinished">Пакунок номер {number} від «{sender}» імпортовано.

Застосовано: {applied}
Чекають на те, від чого залежать: {waiting}
Уже є: {duplicate}
Відкладено (на карантині): {quarantined}</translation>
    </message>
    <message>
        <source>Kept aside, and why:</source>
        <translation type="unfinished">Відкладено, і чому:</translation>
    </message>
    <message>
        <source>What is waiting is kept and taken as soon as what it depends on arrives.</source>
        <translation type="unfinished">Те, що чекає, зберігається і буде взяте, щойно надійде те, від чого воно залежить.</translation>
    </message>
    <message>
        <source>Export a bundle to…</source>
        <translation type="unfinished">Експортувати пакунок у…</translation>
    </message>
    <message>
        <source>Export bundle</source>
        <translation type="unfinished">Експорт пакунка</translation>
    </message>
    <message>
        <source>Writing the bundle…</source>
        <translation type="unfinished">Запис пакунка…</translation>
    </message>
    <message>
        <source>Import which bundle?</source>
        <translation type="unfinished">Який пакунок імпортувати?</translation>
    </message>
    <message>
        <source>Import bundle</source>
        <translation type="unfinished">Імпорт пакунка</translation>
    </message>
    <message>
        <source>Importing the bundle…</source>
        <translation type="unfinished">Імпорт пакунка…</translation>
    </message>
    <message>
        <source>Code for this exchange</source>
        <translation type="unfinished">Код цього обміну</translation>
    </message>
    <message>
        <source>“{peer}” wants to exchange with this laptop. Accept only if the sending laptop shows the same code:</source>
        <translation type="unfinished">«{peer}» хоче обмінятися даними з цим ноутбуком. Приймайте, лише якщо ноутбук-відправник показує той самий код:</translation>
    </message>
    <message>
        <source>Connected to “{peer}”. Check that it shows the same code; the person there accepts it:</source>
        <translation type="unfinished">Підключено до «{peer}». Перевірте, що там показано той самий код; людина там його приймає:</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation type="unfinished">Прийняти</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation type="unfinished">Відхилити</translation>
    </message>
    <message>
        <source>Receiving: {count} objects…</source>
        <translation type="unfinished">Отримання об&apos;єктів: {count}…</translation>
    </message>
    <message>
        <source>Waiting for a laptop of the organization.

On the sending laptop choose Share → Send to a laptop on this network… and type:
{addresses}

This laptop&apos;s fingerprint: {fingerprint}</source>
        <translation type="unfinished">Очікування ноутбука організації.

На ноутбуці-відправнику виберіть Обмін → Надіслати на ноутбук у цій мережі… і введіть:
{addresses}

Відбиток цього ноутбука: {fingerprint}</translation>
    </message>
    <message>
        <source>Sending: {done} of {total} objects…</source>
        <translation type="unfinished">Надсилання об&apos;єктів: {done} з {total}…</translation>
    </message>
    <message>
        <source>Receiving: {done} of {total} objects…</source>
        <translation type="unfinished">Отримання об&apos;єктів: {done} з {total}…</translation>
    </message>
    <message>
        <source>Exchanged with “{peer}”.

Sent: {sent}
Applied: {applied}
Waiting for what they depend on: {waiting}
Already here: {duplicate}
Kept aside (quarantined): {quarantined}</source>
        <translation type="unfinished">Обмін із «{peer}» завершено.

Надіслано: {sent}
Застосовано: {applied}
Чекають на те, від чого залежать: {waiting}
Уже є: {duplicate}
Відкладено (на карантині): {quarantined}</translation>
    </message>
    <message>
        <source>It stopped part-way: what moved is kept on both laptops; exchange again to finish.</source>
        <translation type="unfinished">Обмін зупинився на півдорозі: те, що передано, зберігається на обох ноутбуках; обміняйтеся ще раз, щоб завершити.</translation>
    </message>
    <message>
        <source>Receive on this network</source>
        <translation type="unfinished">Отримати в цій мережі</translation>
    </message>
    <message>
        <source>Receiving on this network…</source>
        <translation type="unfinished">Отримання в цій мережі…</translation>
    </message>
    <message>
        <source>Send to a laptop on this network</source>
        <translation type="unfinished">Надіслати на ноутбук у цій мережі</translation>
    </message>
    <message>
        <source>The address the receiving laptop shows (e.g. 192.168.1.20:{port}):</source>
        <translation type="unfinished">Адреса, яку показує ноутбук-отримувач (напр. 192.168.1.20:{port}):</translation>
    </message>
    <message>
        <source>Exchanging on this network…</source>
        <translation type="unfinished">Обмін у цій мережі…</translation>
    </message>
</context>
<context>
    <name>share_hub</name>
    <message>
        <source>Looking at the hub…</source>
        <translation type="unfinished">Перевірка хаба…</translation>
    </message>
    <message>
        <source>Sending this laptop&apos;s work: {done} of {total}</source>
        <translation type="unfinished">Надсилання роботи цього ноутбука: {done} з {total}</translation>
    </message>
    <message>
        <source>Receiving the other laptops&apos; work: {done}</source>
        <translation type="unfinished">Отримання роботи інших ноутбуків: {done}</translation>
    </message>
    <message>
        <source>Sent to the hub: {sent}

Received from the hub:
Applied: {applied}
Waiting for what they depend on: {waiting}
Already here: {duplicate}
Kept aside (quarantined): {quarantined}</source>
        <translation type="unfinished">Надіслано на хаб: {sent}

Отримано з хаба:
Застосовано: {applied}
Чекають на те, від чого залежать: {waiting}
Вже були тут: {duplicate}
Відкладено (карантин): {quarantined}</translation>
    </message>
    <message>
        <source>Kept aside, and why:</source>
        <translation type="unfinished">Відкладено, і чому:</translation>
    </message>
    <message>
        <source>What is waiting is kept and taken as soon as what it depends on arrives.</source>
        <translation type="unfinished">Те, що чекає, зберігається і застосовується, щойно надійде те, від чого воно залежить.</translation>
    </message>
    <message>
        <source>Cases with fields changed differently on two laptops: {count}. Conflicts in the status bar opens them.</source>
        <translation type="unfinished">Справи з полями, зміненими по-різному на двох ноутбуках: {count}. «Конфлікти» в рядку стану відкриває їх.</translation>
    </message>
    <message>
        <source>Cancelled. What was already sent or received is kept; Exchange with the hub again to finish.</source>
        <translation type="unfinished">Скасовано. Те, що вже надіслано чи отримано, збережено; виконайте обмін із хабом ще раз, щоб завершити.</translation>
    </message>
    <message>
        <source>The hub cannot be reached: check that this laptop is on the network and that the hub&apos;s address in Settings → Organization hub is right.</source>
        <translation type="unfinished">Хаб недоступний: перевірте, чи цей ноутбук у мережі і чи правильна адреса хаба в Налаштування → Хаб організації.</translation>
    </message>
    <message>
        <source>The hub refused the user name or password: check both in Settings → Organization hub (the org admin can give the password again).</source>
        <translation type="unfinished">Хаб відхилив ім&apos;я користувача або пароль: перевірте обидва в Налаштування → Хаб організації (адміністратор може надати пароль ще раз).</translation>
    </message>
    <message>
        <source>The hub is not set up for Parole Desktop yet: the org admin runs “hub init” once on it, then try again.</source>
        <translation type="unfinished">Хаб ще не налаштовано для Parole Desktop: адміністратор організації один раз виконує на ньому «hub init», потім спробуйте знову.</translation>
    </message>
    <message>
        <source>No organization hub is set up on this laptop: give its address and the site&apos;s user name in Settings → Organization hub.</source>
        <translation type="unfinished">На цьому ноутбуці не налаштовано хаб організації: вкажіть його адресу та ім&apos;я користувача осередку в Налаштування → Хаб організації.</translation>
    </message>
    <message>
        <source>There is no password for the hub on this laptop: save it with Settings → Organization hub → Save password in this computer&apos;s keyring…, or start the app with PAROLE_HUB_PASSWORD set.</source>
        <translation type="unfinished">На цьому ноутбуці немає пароля хаба: збережіть його через Налаштування → Хаб організації → Зберегти пароль у сховищі ключів цього комп&apos;ютера… або запустіть застосунок із заданим PAROLE_HUB_PASSWORD.</translation>
    </message>
    <message>
        <source>Exchange with the hub</source>
        <translation type="unfinished">Обмін із хабом</translation>
    </message>
    <message>
        <source>Exchanging with the hub…</source>
        <translation type="unfinished">Обмін із хабом…</translation>
    </message>
</context>
<context>
    <name>tools</name>
    <message>
        <source>Parole Desktop backup (*.pdbackup);;All files (*)</source>
        <translation type="unfinished">Резервна копія Parole Desktop (*.pdbackup);;Усі файли (*)</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation type="unfinished">Резервна копія</translation>
    </message>
    <message>
        <source>Backup written and verified:
{path}

{cases} cases, {files} files, {size:.1f} MB.
Last backup: {when}</source>
        <translation type="unfinished">Резервну копію записано й перевірено:
{path}

Справ: {cases}, файлів: {files}, {size:.1f} МБ.
Остання резервна копія: {when}</translation>
    </message>
    <message>
        <source>Replace it</source>
        <translation type="unfinished">Замінити її</translation>
    </message>
    <message>
        <source>Backing up the vault…</source>
        <translation type="unfinished">Резервне копіювання сховища…</translation>
    </message>
    <message>
        <source>Back up the vault to…</source>
        <translation type="unfinished">Зберегти резервну копію сховища в…</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished">Відновити</translation>
    </message>
    <message>
        <source>The backup was restored. Unlock it with the passphrase it was made with.</source>
        <translation type="unfinished">Резервну копію відновлено. Розблокуйте її парольною фразою, з якою її створено.</translation>
    </message>
    <message>
        <source>The previous vault was kept aside in:
{folder}</source>
        <translation type="unfinished">Попереднє сховище відкладено в:
{folder}</translation>
    </message>
    <message>
        <source>Restore the other vault</source>
        <translation type="unfinished">Відновити інше сховище</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation type="unfinished">Відновлення резервної копії…</translation>
    </message>
    <message>
        <source>New recovery key</source>
        <translation type="unfinished">Новий ключ відновлення</translation>
    </message>
    <message>
        <source>Make a new recovery key? The old one will no longer open this vault. Do this when the old one may have been seen or lost.</source>
        <translation type="unfinished">Створити новий ключ відновлення? Старий більше не відкриватиме це сховище. Робіть це, коли старий могли побачити або загубити.</translation>
    </message>
    <message>
        <source>Make a new recovery key</source>
        <translation type="unfinished">Створити новий ключ відновлення</translation>
    </message>
    <message>
        <source>Write this recovery key down (or print this window) and keep it apart from the laptop. It is shown only now:

{key}</source>
        <translation type="unfinished">Запишіть цей ключ відновлення (або надрукуйте це вікно) і тримайте окремо від ноутбука. Його показано лише зараз:

{key}</translation>
    </message>
    <message>
        <source>Rotate keys</source>
        <translation type="unfinished">Змінити ключі</translation>
    </message>
    <message>
        <source>Rotating the keys makes copies of the old key file and the old recovery key useless against this vault. Backups made before keep their old keys: make a new backup afterwards.

The vault&apos;s passphrase:</source>
        <translation type="unfinished">Зміна ключів робить копії старого файлу ключа й старого ключа відновлення непридатними для цього сховища. Раніші резервні копії зберігають старі ключі: після цього зробіть нову резервну копію.

Парольна фраза сховища:</translation>
    </message>
    <message>
        <source>Re-encrypting the files…</source>
        <translation type="unfinished">Повторне шифрування файлів…</translation>
    </message>
    <message>
        <source>Rotating the vault&apos;s keys…</source>
        <translation type="unfinished">Зміна ключів сховища…</translation>
    </message>
    <message>
        <source>Import a signed rules pack</source>
        <translation type="unfinished">Імпортувати підписаний пакет правил</translation>
    </message>
    <message>
        <source>Rules pack (*.json *.signed.json *.pack);;All files (*)</source>
        <translation type="unfinished">Пакет правил (*.json *.signed.json *.pack);;Усі файли (*)</translation>
    </message>
    <message>
        <source>Rules pack refused</source>
        <translation type="unfinished">Пакет правил відхилено</translation>
    </message>
    <message>
        <source>The rules pack was not imported:
{why}</source>
        <translation type="unfinished">Пакет правил не імпортовано:
{why}</translation>
    </message>
    <message>
        <source>Rules pack imported</source>
        <translation type="unfinished">Пакет правил імпортовано</translation>
    </message>
    <message>
        <source>Imported {id} version {version}, as of {as_of}.
Readiness is checked with the newest pack from the next unlock.</source>
        <translation type="unfinished">Імпортовано {id} версії {version}, станом на {as_of}.
Готовність перевіряється найновішим пакетом з наступного розблокування.</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished">Журнал аудиту</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation type="unfinished">Про {app}</translation>
    </message>
</context>
<context>
    <name>widget</name>
    <message>
        <source>The text is refused: {why}.</source>
        <translation type="unfinished">Текст відхилено: {why}.</translation>
    </message>
</context>
</TS>
