<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Who you are</source>
        <translation type="vanished">Кто вы</translation>
    </message>
    <message>
        <source>Colleagues and team leads see you under this name.</source>
        <translation type="vanished">Под этим именем вас видят коллеги и руководители группы.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="vanished">Ваше имя</translation>
    </message>
    <message>
        <source>Agent id</source>
        <translation type="vanished">ID агента</translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="vanished">Роль</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="vanished">Агент</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation type="vanished">Стажёр</translation>
    </message>
    <message>
        <source>Team lead</source>
        <translation type="vanished">Руководитель группы</translation>
    </message>
    <message>
        <source>How calls reach you</source>
        <translation type="vanished">Как к вам поступают звонки</translation>
    </message>
    <message>
        <source>Through your office phone system, or straight from desk to desk without one.</source>
        <translation type="vanished">Через офисную АТС или напрямую от рабочего места к рабочему месту без неё.</translation>
    </message>
    <message>
        <source>Through the office phone system (SIP account)</source>
        <translation type="vanished">Через офисную АТС (учётная запись SIP)</translation>
    </message>
    <message>
        <source>Direct calls between desks (no phone system)</source>
        <translation type="vanished">Прямые звонки между рабочими местами (без АТС)</translation>
    </message>
    <message>
        <source>Registrar</source>
        <translation type="vanished">Регистратор</translation>
    </message>
    <message>
        <source>User</source>
        <translation type="vanished">Пользователь</translation>
    </message>
    <message>
        <source>kept in the system keyring</source>
        <translation type="vanished">хранится в системной связке ключей</translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="vanished">Пароль</translation>
    </message>
    <message>
        <source>Listen on</source>
        <translation type="vanished">Слушать на</translation>
    </message>
    <message>
        <source>Test</source>
        <translation type="vanished">Проверить</translation>
    </message>
    <message>
        <source>Test the phone settings</source>
        <translation type="vanished">Проверить настройки телефона</translation>
    </message>
    <message>
        <source>Colleagues call you at sip:YOUR-ID@THIS-COMPUTER:PORT.</source>
        <translation type="vanished">Коллеги звонят вам на sip:ВАШ-ID@ЭТОТ-КОМПЬЮТЕР:ПОРТ.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation type="vanished">Проверка…</translation>
    </message>
    <message>
        <source>Template file</source>
        <translation type="vanished">Файл шаблона</translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="vanished">Адрес</translation>
    </message>
    <message>
        <source>Token</source>
        <translation type="vanished">Токен</translation>
    </message>
    <message>
        <source>Private app token</source>
        <translation type="vanished">Токен частного приложения</translation>
    </message>
    <message>
        <source>Subdomain</source>
        <translation type="vanished">Поддомен</translation>
    </message>
    <message>
        <source>Agent e-mail</source>
        <translation type="vanished">E-mail агента</translation>
    </message>
    <message>
        <source>API token</source>
        <translation type="vanished">API-токен</translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="vanished">База данных</translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="vanished">Логин</translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="vanished">API-ключ</translation>
    </message>
    <message>
        <source>Where your customers come from</source>
        <translation type="vanished">Откуда ваши клиенты</translation>
    </message>
    <message>
        <source>The console recognises callers from these. You can add more CRMs later in Settings.</source>
        <translation type="vanished">По этим источникам консоль узнаёт звонящих. Другие CRM можно добавить позже в Настройках.</translation>
    </message>
    <message>
        <source>Customers from</source>
        <translation type="vanished">Клиенты из</translation>
    </message>
    <message>
        <source>My own list: import a CSV or vCard file</source>
        <translation type="vanished">Мой список: импорт файла CSV или vCard</translation>
    </message>
    <message>
        <source>The demo customers (to try the console)</source>
        <translation type="vanished">Демонстрационные клиенты (чтобы попробовать консоль)</translation>
    </message>
    <message>
        <source>Our own CRM with a REST API (a template)</source>
        <translation type="vanished">Наша собственная CRM с REST API (шаблон)</translation>
    </message>
    <message>
        <source>customers.csv or contacts.vcf</source>
        <translation type="vanished">clients.csv или contacts.vcf</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation type="vanished">Файл для импорта</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="vanished">Обзор…</translation>
    </message>
    <message>
        <source>Import now</source>
        <translation type="vanished">Импортировать сейчас</translation>
    </message>
    <message>
        <source>Load the demo customers</source>
        <translation type="vanished">Загрузить демонстрационных клиентов</translation>
    </message>
    <message>
        <source>Customers to import</source>
        <translation type="vanished">Клиенты для импорта</translation>
    </message>
    <message>
        <source>Customer lists (*.csv *.vcf)</source>
        <translation type="vanished">Списки клиентов (*.csv *.vcf)</translation>
    </message>
    <message>
        <source>Choose the file first.</source>
        <translation type="vanished">Сначала выберите файл.</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation type="vanished">Выполняется…</translation>
    </message>
    <message>
        <source>A test call</source>
        <translation type="vanished">Тестовый звонок</translation>
    </message>
    <message>
        <source>Finish saves the settings and restarts the console with them.</source>
        <translation type="vanished">«Готово» сохраняет настройки и перезапускает консоль с ними.</translation>
    </message>
    <message>
        <source>Then ring me with a test call, so I can check I hear and am heard</source>
        <translation type="vanished">Потом позвоните мне тестовым звонком, чтобы я проверил, что слышу и меня слышно</translation>
    </message>
    <message>
        <source>Set up Agent Console</source>
        <translation type="vanished">Настройка Agent Console</translation>
    </message>
    <message>
        <source>Finish and restart</source>
        <translation type="vanished">Готово и перезапустить</translation>
    </message>
    <message>
        <source>Not saved: </source>
        <translation type="vanished">Не сохранено: </translation>
    </message>
    <message>
        <source>Saved, but: </source>
        <translation type="vanished">Сохранено, но: </translation>
    </message>
    <message>
        <source>Number to look up</source>
        <translation type="vanished">Номер для поиска</translation>
    </message>
    <message>
        <source>Test result</source>
        <translation type="vanished">Результат проверки</translation>
    </message>
    <message>
        <source>kept in the keyring — type to replace it</source>
        <translation type="vanished">хранится в связке ключей — введите, чтобы заменить</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="vanished">Настройки</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation type="vanished">Страницы настроек</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="vanished">Что произошло</translation>
    </message>
    <message>
        <source>Another test is still running; wait for its answer.</source>
        <translation type="vanished">Ещё идёт другая проверка; дождитесь её ответа.</translation>
    </message>
    <message>
        <source>Type a number a customer calls from, then press Test.</source>
        <translation type="vanished">Введите номер, с которого звонит клиент, и нажмите «Проверить».</translation>
    </message>
    <message>
        <source>Not saved: the file {path} cannot be written ({reason}).</source>
        <translation type="vanished">Не сохранено: файл {path} нельзя записать ({reason}).</translation>
    </message>
    <message>
        <source>Settings saved, but: </source>
        <translation type="vanished">Настройки сохранены, но: </translation>
    </message>
    <message>
        <source>Saved to {path}. Phone, sound, CRM and team settings take effect when the console starts again.</source>
        <translation type="vanished">Сохранено в {path}. Настройки телефона, звука, CRM и группы вступят в силу при следующем запуске консоли.</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation type="vanished">Ничего не изменилось.</translation>
    </message>
</context>
<context>
    <name>AfterCall</name>
    <message>
        <source>Notes not linked to a call</source>
        <translation>Заметки не привязаны к звонку</translation>
    </message>
    <message>
        <source>unknown caller</source>
        <translation>неизвестный абонент</translation>
    </message>
    <message>
        <source>in wrap-up</source>
        <translation>на постобработке</translation>
    </message>
    <message>
        <source>call</source>
        <translation>звонок</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>завершён</translation>
    </message>
</context>
<context>
    <name>AfterCallViews</name>
    <message>
        <source>My tasks</source>
        <translation>Мои задачи</translation>
    </message>
    <message>
        <source>Call log</source>
        <translation>Журнал звонков</translation>
    </message>
    <message>
        <source>Write-backs</source>
        <translation>Записи в CRM</translation>
    </message>
    <message>
        <source>Retry failed write-backs</source>
        <translation>Повторить неудавшиеся записи</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>с ошибкой: %1</translation>
    </message>
    <message>
        <source>need a customer: %1</source>
        <translation>ждут клиента: %1</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>Dir</source>
        <translation>Напр.</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Длительность</translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation>Результат звонка</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Агент</translation>
    </message>
    <message>
        <source>CRM</source>
        <translation>CRM</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>Попытки</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Dispositions not available: %1</source>
        <translation>Результаты звонков недоступны: %1</translation>
    </message>
    <message>
        <source>Link to a customer…</source>
        <translation>Связать с клиентом…</translation>
    </message>
    <message>
        <source>Link the selected write-back to a customer</source>
        <translation>Связать выбранную запись в CRM с клиентом</translation>
    </message>
    <message>
        <source>After the call: My tasks, Call log, Write-backs</source>
        <translation>После звонка: Мои задачи, Журнал звонков, Записи в CRM</translation>
    </message>
    <message>
        <source>Write-backs: starting…</source>
        <translation>Записи в CRM: запуск…</translation>
    </message>
    <message>
        <source>waiting: %1</source>
        <translation>ожидают: %1</translation>
    </message>
    <message>
        <source>delivered: %1</source>
        <translation>доставлены: %1</translation>
    </message>
    <message>
        <source>Write-backs — %1</source>
        <translation>Записи в CRM — %1</translation>
    </message>
    <message>
        <source>needs a customer</source>
        <translation>ждёт клиента</translation>
    </message>
    <message>
        <source>A disposition belongs to a call: there is none in front of you.</source>
        <translation>Результат относится к звонку: сейчас перед вами нет звонка.</translation>
    </message>
    <message>
        <source>Call-back due: %1</source>
        <translation>Пора перезвонить: %1</translation>
    </message>
    <message>
        <source>Task due: %1</source>
        <translation>Срок задачи: %1</translation>
    </message>
</context>
<context>
    <name>AgentState</name>
    <message numerus="yes">
        <source>(+%n more)</source>
        <translation>
            <numerusform>(ещё %n)</numerusform>
            <numerusform>(ещё %n)</numerusform>
            <numerusform>(ещё %n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <translation>Постобработка</translation>
    </message>
    <message>
        <source>On a call</source>
        <translation>В разговоре</translation>
    </message>
    <message>
        <source>Away — %1</source>
        <translation>Отошёл — %1</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Отошёл</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Готов</translation>
    </message>
    <message>
        <source>Ringing</source>
        <translation>Звонок</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Мониторинг</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Супервизор</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Агент</translation>
    </message>
    <message>
        <source>Customer call</source>
        <translation>Звонок клиента</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Режим</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
</context>
<context>
    <name>CallDesk</name>
    <message>
        <source>Withheld number</source>
        <translation>Скрытый номер</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Неизвестный</translation>
    </message>
    <message>
        <source>%1 (ended)</source>
        <translation>%1 (завершён)</translation>
    </message>
    <message>
        <source>SIP: registered at %1</source>
        <translation>SIP: зарегистрирован на %1</translation>
    </message>
    <message>
        <source>SIP: not registered — %1 (%2)</source>
        <translation>SIP: не зарегистрирован — %1 (%2)</translation>
    </message>
    <message>
        <source>Refusing calls from %1: more than %2 in %3 s (%4 refused so far).</source>
        <translation>Отклоняю звонки с %1: больше %2 за %3 с (отклонено пока: %4).</translation>
    </message>
</context>
<context>
    <name>CallPanel</name>
    <message>
        <source>CALL</source>
        <translation>ЗВОНОК</translation>
    </message>
    <message>
        <source>Calls on the line</source>
        <translation>Звонки на линии</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Ответить</translation>
    </message>
    <message>
        <source>Hang up</source>
        <translation>Завершить</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Отклонить</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Удержать</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Выкл. микрофон</translation>
    </message>
    <message>
        <source>Keypad</source>
        <translation>Клавиатура</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Перевести</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>Конференция</translation>
    </message>
    <message>
        <source>Complete transfer</source>
        <translation>Завершить перевод</translation>
    </message>
    <message>
        <source>Cancel (back to the customer)</source>
        <translation>Отмена (назад к клиенту)</translation>
    </message>
    <message>
        <source>Number or SIP address to call</source>
        <translation>Номер или SIP-адрес для звонка</translation>
    </message>
    <message>
        <source>Number to dial</source>
        <translation>Номер для набора</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Позвонить</translation>
    </message>
    <message>
        <source>Call this number</source>
        <translation>Позвонить на этот номер</translation>
    </message>
    <message>
        <source>Ready for calls</source>
        <translation>Готов к звонкам</translation>
    </message>
    <message>
        <source>after the call with %1</source>
        <translation>после звонка с %1</translation>
    </message>
    <message>
        <source>Incoming call — ringing</source>
        <translation>Входящий звонок — звонит</translation>
    </message>
    <message>
        <source>Calling…</source>
        <translation>Вызов…</translation>
    </message>
    <message>
        <source>On the call</source>
        <translation>В разговоре</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>На удержании</translation>
    </message>
    <message>
        <source>Call ended</source>
        <translation>Звонок завершён</translation>
    </message>
    <message>
        <source>muted</source>
        <translation>микрофон выкл.</translation>
    </message>
    <message>
        <source>REC</source>
        <translation>ЗАП</translation>
    </message>
    <message>
        <source>Conference with %1</source>
        <translation>Конференция с %1</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Продолжить</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>Вкл. микрофон</translation>
    </message>
</context>
<context>
    <name>CallRecordsView</name>
    <message>
        <source>Started</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Агент</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Направление</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Длительность</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Agent id</source>
        <translation>ID агента</translation>
    </message>
    <message>
        <source>Customer name, id or number</source>
        <translation>Имя, ID или номер клиента</translation>
    </message>
    <message>
        <source>Day (YYYY-MM-DD)</source>
        <translation>День (ГГГГ-ММ-ДД)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Найти</translation>
    </message>
    <message>
        <source>Call records found</source>
        <translation>Найденные записи звонков</translation>
    </message>
    <message>
        <source>▶ Play</source>
        <translation>▶ Воспроизвести</translation>
    </message>
    <message>
        <source>■ Stop</source>
        <translation>■ Стоп</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <source>incoming</source>
        <translation>входящий</translation>
    </message>
    <message>
        <source>outgoing</source>
        <translation>исходящий</translation>
    </message>
    <message>
        <source>No call records found.</source>
        <translation>Записи звонков не найдены.</translation>
    </message>
    <message>
        <source>Playing record %1</source>
        <translation>Воспроизводится запись %1</translation>
    </message>
    <message>
        <source>Played record %1</source>
        <translation>Запись %1 воспроизведена</translation>
    </message>
    <message>
        <source>Stopped record %1</source>
        <translation>Запись %1 остановлена</translation>
    </message>
    <message>
        <source>Delete call record</source>
        <translation>Удалить запись звонка</translation>
    </message>
    <message>
        <source>Delete call record %1 for good? The deletion is written to the audit.</source>
        <translation>Удалить запись звонка %1 навсегда? Удаление записывается в журнал аудита.</translation>
    </message>
</context>
<context>
    <name>CoachingBox</name>
    <message>
        <source>What you noticed, for the next coaching session…</source>
        <translation>Что вы заметили — к следующему разбору с наставником…</translation>
    </message>
</context>
<context>
    <name>CoachingNotes</name>
    <message>
        <source>Coaching notes about %1 — only team leads see them; never sent to the CRM</source>
        <translation>Заметки наставника о %1 — их видят только руководители группы; в CRM не отправляются</translation>
    </message>
    <message>
        <source>Coaching notes</source>
        <translation>Заметки наставника</translation>
    </message>
    <message>
        <source>Saved at %1.</source>
        <translation>Сохранено в %1.</translation>
    </message>
</context>
<context>
    <name>ConsoleApp</name>
    <message>
        <source>SIP: starting…</source>
        <translation>SIP: запуск…</translation>
    </message>
    <message>
        <source>CRM: starting…</source>
        <translation>CRM: запуск…</translation>
    </message>
    <message>
        <source>CRM: %1</source>
        <translation>CRM: %1</translation>
    </message>
    <message>
        <source>CRM: not available — %1</source>
        <translation>CRM: недоступна — %1</translation>
    </message>
    <message>
        <source>SIP: registering at %1 (%2)</source>
        <translation>SIP: регистрация на %1 (%2)</translation>
    </message>
    <message>
        <source>SIP: direct calls on %1 (%2)</source>
        <translation>SIP: прямые звонки на %1 (%2)</translation>
    </message>
    <message>
        <source>SIP: not running — %1</source>
        <translation>SIP: не работает — %1</translation>
    </message>
</context>
<context>
    <name>CustomerCardView</name>
    <message>
        <source>Customer card</source>
        <translation>Карточка клиента</translation>
    </message>
    <message>
        <source>CUSTOMER</source>
        <translation>КЛИЕНТ</translation>
    </message>
    <message>
        <source>No call. The caller&apos;s card appears here as soon as the phone rings.</source>
        <translation>Звонка нет. Карточка звонящего появится здесь, как только зазвонит телефон.</translation>
    </message>
    <message>
        <source>Number withheld</source>
        <translation>Номер скрыт</translation>
    </message>
    <message>
        <source>The caller hides their number. Ask who is calling.</source>
        <translation>Звонящий скрыл номер. Спросите, кто звонит.</translation>
    </message>
    <message>
        <source>Unknown caller</source>
        <translation>Неизвестный абонент</translation>
    </message>
    <message>
        <source>Looking up caller…</source>
        <translation>Ищу звонящего…</translation>
    </message>
    <message>
        <source>Create contact with this number</source>
        <translation>Создать контакт с этим номером</translation>
    </message>
    <message>
        <source>%1 — not a phone number we can look up</source>
        <translation>%1 — это не номер телефона, который можно найти</translation>
    </message>
    <message>
        <source>no number</source>
        <translation>нет номера</translation>
    </message>
    <message>
        <source>Speaks %1</source>
        <translation>Язык: %1</translation>
    </message>
    <message>
        <source>Value %1</source>
        <translation>Ценность: %1</translation>
    </message>
    <message>
        <source>%1: no match</source>
        <translation>%1: не найден</translation>
    </message>
    <message>
        <source>%1 unavailable</source>
        <translation>%1: нет связи</translation>
    </message>
    <message>
        <source>Open tasks</source>
        <translation>Открытые задачи</translation>
    </message>
    <message>
        <source>Nothing open.</source>
        <translation>Открытых задач нет.</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>срок %1</translation>
    </message>
    <message>
        <source>OVERDUE: </source>
        <translation>ПРОСРОЧЕНО: </translation>
    </message>
    <message>
        <source>Last interactions</source>
        <translation>Последние обращения</translation>
    </message>
    <message>
        <source>No earlier contact.</source>
        <translation>Ранее обращений не было.</translation>
    </message>
</context>
<context>
    <name>DispositionPicker</name>
    <message>
        <source>DISPOSITION</source>
        <translation>РЕЗУЛЬТАТ</translation>
    </message>
    <message>
        <source>Search codes… (Enter chooses)</source>
        <translation>Поиск кодов… (Enter — выбрать)</translation>
    </message>
    <message>
        <source>Search disposition codes</source>
        <translation>Поиск кодов результата звонка</translation>
    </message>
    <message>
        <source>Type part of a code&apos;s name; arrows move, Enter chooses</source>
        <translation>Введите часть названия кода; стрелки — перемещение, Enter — выбор</translation>
    </message>
    <message>
        <source>All codes ▾</source>
        <translation>Все коды ▾</translation>
    </message>
    <message>
        <source>Show all disposition codes</source>
        <translation>Показать все коды результата звонка</translation>
    </message>
    <message>
        <source>Disposition codes</source>
        <translation>Коды результата звонка</translation>
    </message>
    <message>
        <source>none chosen</source>
        <translation>не выбран</translation>
    </message>
</context>
<context>
    <name>Docks</name>
    <message>
        <source>After the call</source>
        <translation>После звонка</translation>
    </message>
    <message>
        <source>Call records</source>
        <translation>Записи звонков</translation>
    </message>
    <message>
        <source>Supervising</source>
        <translation>Мониторинг</translation>
    </message>
    <message>
        <source>Supervision audit</source>
        <translation>Аудит мониторинга</translation>
    </message>
    <message>
        <source>Team board</source>
        <translation>Панель группы</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Группа</translation>
    </message>
</context>
<context>
    <name>DueTaskNotifier</name>
    <message>
        <source>Call back now</source>
        <translation>Перезвонить сейчас</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Отложить</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 мин</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 ч</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>Who you are</source>
        <translation>Кто вы</translation>
    </message>
    <message>
        <source>Colleagues and team leads see you under this name.</source>
        <translation>Под этим именем вас видят коллеги и руководители группы.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ваше имя</translation>
    </message>
    <message>
        <source>Agent id</source>
        <translation>ID агента</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Агент</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>Стажёр</translation>
    </message>
    <message>
        <source>Team lead</source>
        <translation>Руководитель группы</translation>
    </message>
    <message>
        <source>How calls reach you</source>
        <translation>Как к вам поступают звонки</translation>
    </message>
    <message>
        <source>Through your office phone system, or straight from desk to desk without one.</source>
        <translation>Через офисную АТС или напрямую от рабочего места к рабочему месту без неё.</translation>
    </message>
    <message>
        <source>Through the office phone system (SIP account)</source>
        <translation>Через офисную АТС (учётная запись SIP)</translation>
    </message>
    <message>
        <source>Direct calls between desks (no phone system)</source>
        <translation>Прямые звонки между рабочими местами (без АТС)</translation>
    </message>
    <message>
        <source>Registrar</source>
        <translation>Регистратор</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <source>kept in the system keyring</source>
        <translation>хранится в системной связке ключей</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>Listen on</source>
        <translation>Слушать на</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Проверить</translation>
    </message>
    <message>
        <source>Test the phone settings</source>
        <translation>Проверить настройки телефона</translation>
    </message>
    <message>
        <source>Colleagues call you at sip:YOUR-ID@THIS-COMPUTER:PORT.</source>
        <translation>Коллеги звонят вам на sip:ВАШ-ID@ЭТОТ-КОМПЬЮТЕР:ПОРТ.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Проверка…</translation>
    </message>
    <message>
        <source>Template file</source>
        <translation>Файл шаблона</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Токен</translation>
    </message>
    <message>
        <source>Private app token</source>
        <translation>Токен частного приложения</translation>
    </message>
    <message>
        <source>Subdomain</source>
        <translation>Поддомен</translation>
    </message>
    <message>
        <source>Agent e-mail</source>
        <translation>E-mail агента</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>API-токен</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>База данных</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-ключ</translation>
    </message>
    <message>
        <source>Where your customers come from</source>
        <translation>Откуда ваши клиенты</translation>
    </message>
    <message>
        <source>The console recognises callers from these. You can add more CRMs later in Settings.</source>
        <translation>По этим источникам консоль узнаёт звонящих. Другие CRM можно добавить позже в Настройках.</translation>
    </message>
    <message>
        <source>Customers from</source>
        <translation>Клиенты из</translation>
    </message>
    <message>
        <source>My own list: import a CSV or vCard file</source>
        <translation>Мой список: импорт файла CSV или vCard</translation>
    </message>
    <message>
        <source>The demo customers (to try the console)</source>
        <translation>Демонстрационные клиенты (чтобы попробовать консоль)</translation>
    </message>
    <message>
        <source>Our own CRM with a REST API (a template)</source>
        <translation>Наша собственная CRM с REST API (шаблон)</translation>
    </message>
    <message>
        <source>customers.csv or contacts.vcf</source>
        <translation>clients.csv или contacts.vcf</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Файл для импорта</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <source>Import now</source>
        <translation>Импортировать сейчас</translation>
    </message>
    <message>
        <source>Load the demo customers</source>
        <translation>Загрузить демонстрационных клиентов</translation>
    </message>
    <message>
        <source>Customers to import</source>
        <translation>Клиенты для импорта</translation>
    </message>
    <message>
        <source>Customer lists (*.csv *.vcf)</source>
        <translation>Списки клиентов (*.csv *.vcf)</translation>
    </message>
    <message>
        <source>Choose the file first.</source>
        <translation>Сначала выберите файл.</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Выполняется…</translation>
    </message>
    <message>
        <source>A test call</source>
        <translation>Тестовый звонок</translation>
    </message>
    <message>
        <source>Finish saves the settings and restarts the console with them.</source>
        <translation>«Готово» сохраняет настройки и перезапускает консоль с ними.</translation>
    </message>
    <message>
        <source>Then ring me with a test call, so I can check I hear and am heard</source>
        <translation>Потом позвоните мне тестовым звонком, чтобы я проверил, что слышу и меня слышно</translation>
    </message>
    <message>
        <source>Set up Agent Console</source>
        <translation>Настройка Agent Console</translation>
    </message>
    <message>
        <source>Finish and restart</source>
        <translation>Готово и перезапустить</translation>
    </message>
    <message>
        <source>Not saved: </source>
        <translation>Не сохранено: </translation>
    </message>
    <message>
        <source>Saved, but: </source>
        <translation>Сохранено, но: </translation>
    </message>
    <message>
        <source>The settings were saved; the test call cannot be remembered (%1).</source>
        <translation>Настройки сохранены, но тестовый звонок нельзя запомнить (%1).</translation>
    </message>
</context>
<context>
    <name>HistoryKind</name>
    <message>
        <source>call</source>
        <translation>звонок</translation>
    </message>
    <message>
        <source>note</source>
        <translation>заметка</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>ticket</source>
        <translation>заявка</translation>
    </message>
</context>
<context>
    <name>Keypad</name>
    <message>
        <source>Keypad</source>
        <translation>Клавиатура</translation>
    </message>
    <message>
        <source>Star</source>
        <translation>Звёздочка</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>Решётка</translation>
    </message>
    <message>
        <source>Or type digits and press Enter</source>
        <translation>Или введите цифры и нажмите Enter</translation>
    </message>
    <message>
        <source>Digits to send</source>
        <translation>Цифры для отправки</translation>
    </message>
</context>
<context>
    <name>LineType</name>
    <message>
        <source>mobile</source>
        <translation>мобильный</translation>
    </message>
    <message>
        <source>landline</source>
        <translation>стационарный</translation>
    </message>
    <message>
        <source>landline or mobile</source>
        <translation>стационарный или мобильный</translation>
    </message>
    <message>
        <source>toll-free</source>
        <translation>бесплатный номер</translation>
    </message>
    <message>
        <source>premium rate</source>
        <translation>платный номер</translation>
    </message>
    <message>
        <source>shared cost</source>
        <translation>номер с разделением оплаты</translation>
    </message>
    <message>
        <source>internet phone</source>
        <translation>интернет-телефония</translation>
    </message>
    <message>
        <source>personal number</source>
        <translation>персональный номер</translation>
    </message>
    <message>
        <source>pager</source>
        <translation>пейджер</translation>
    </message>
    <message>
        <source>company number</source>
        <translation>корпоративный номер</translation>
    </message>
    <message>
        <source>voicemail</source>
        <translation>голосовая почта</translation>
    </message>
    <message>
        <source>unknown line type</source>
        <translation>неизвестный тип линии</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Agent Console — %1</source>
        <translation>Agent Console — %1</translation>
    </message>
    <message>
        <source>Customer cards</source>
        <translation>Карточки клиентов</translation>
    </message>
    <message>
        <source>Customer cards, one per call</source>
        <translation>Карточки клиентов, по одной на звонок</translation>
    </message>
    <message>
        <source>No call</source>
        <translation>Нет звонка</translation>
    </message>
    <message>
        <source>Ringing…</source>
        <translation>Звонок…</translation>
    </message>
    <message>
        <source>&amp;Call</source>
        <translation>&amp;Звонок</translation>
    </message>
    <message>
        <source>%1 did not work: %2</source>
        <translation>%1 не сработало: %2</translation>
    </message>
</context>
<context>
    <name>NewContactDialog</name>
    <message>
        <source>New contact</source>
        <translation>Новый контакт</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>Contact not saved: %1</source>
        <translation>Контакт не сохранён: %1</translation>
    </message>
    <message>
        <source>Contacts can only be created in the local CRM, and it is not running: add &quot;local&quot; to [crm] adapters in the settings.</source>
        <translation>Контакты можно создавать только в локальной CRM, а она не запущена: добавьте &quot;local&quot; в [crm] adapters в настройках.</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>NOTES</source>
        <translation>ЗАМЕТКИ</translation>
    </message>
    <message>
        <source>Notes for this call — they travel with transfers and go to the CRM.</source>
        <translation>Заметки к этому звонку — передаются при переводе и сохраняются в CRM.</translation>
    </message>
    <message>
        <source>Notes for this call</source>
        <translation>Заметки к этому звонку</translation>
    </message>
    <message>
        <source>Insert a snippet</source>
        <translation>Вставить фразу</translation>
    </message>
    <message>
        <source>Previous notes</source>
        <translation>Прошлые заметки</translation>
    </message>
    <message>
        <source>Notes of earlier calls</source>
        <translation>Заметки прошлых звонков</translation>
    </message>
    <message>
        <source>Save note</source>
        <translation>Сохранить заметку</translation>
    </message>
    <message>
        <source>Store the notes now; the wrap-up goes on</source>
        <translation>Сохранить заметки сейчас; постобработка продолжается</translation>
    </message>
    <message>
        <source>Wrap-up done</source>
        <translation>Постобработка завершена</translation>
    </message>
    <message>
        <source>Save the call log with these notes and the disposition, and end the wrap-up</source>
        <translation>Сохранить журнал звонка с этими заметками и результатом и завершить постобработку</translation>
    </message>
    <message>
        <source>Insert snippet…</source>
        <translation>Вставить фразу…</translation>
    </message>
    <message>
        <source>No earlier notes.</source>
        <translation>Прошлых заметок нет.</translation>
    </message>
</context>
<context>
    <name>NoticeWindow</name>
    <message>
        <source>Agent Console — notices</source>
        <translation>Agent Console — уведомления</translation>
    </message>
</context>
<context>
    <name>OpenAddressDialog</name>
    <message>
        <source>Open the CRM record</source>
        <translation>Открыть запись в CRM</translation>
    </message>
    <message>
        <source>Open this address in your browser?</source>
        <translation>Открыть этот адрес в браузере?</translation>
    </message>
</context>
<context>
    <name>OutboxLink</name>
    <message>
        <source>Link to a customer</source>
        <translation>Связать с клиентом</translation>
    </message>
    <message>
        <source>Which customer in %1 is this write-back for?
Type their phone number, or their id in that CRM:</source>
        <translation>Для какого клиента в %1 эта запись в CRM?
Введите его номер телефона или его ID в этой CRM:</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Да</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Нет</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Применить</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Не сохранять</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Справка</translation>
    </message>
</context>
<context>
    <name>RecordLink</name>
    <message>
        <source>the address is empty</source>
        <translation>адрес пуст</translation>
    </message>
    <message>
        <source>the address is longer than 2048 characters</source>
        <translation>адрес длиннее 2048 символов</translation>
    </message>
    <message>
        <source>the address contains spaces or invisible characters</source>
        <translation>в адресе есть пробелы или невидимые символы</translation>
    </message>
    <message>
        <source>it is not a valid address</source>
        <translation>это недопустимый адрес</translation>
    </message>
    <message>
        <source>only http and https addresses are opened from the card</source>
        <translation>из карточки открываются только адреса http и https</translation>
    </message>
    <message>
        <source>the address names no web server</source>
        <translation>в адресе нет веб-сервера</translation>
    </message>
    <message>
        <source>the address carries a user name or password</source>
        <translation>адрес содержит имя пользователя или пароль</translation>
    </message>
    <message>
        <source>Kept in this console&apos;s own CRM (record %1)</source>
        <translation>Хранится в собственной CRM этой консоли (запись %1)</translation>
    </message>
    <message>
        <source>Open in %1 CRM</source>
        <translation>Открыть в CRM %1</translation>
    </message>
    <message>
        <source>Record address from %1 not opened — %2: %3</source>
        <translation>Адрес записи из %1 не открыт — %2: %3</translation>
    </message>
</context>
<context>
    <name>RecordingBadges</name>
    <message>
        <source>⏸ ON HOLD — the customer cannot hear you</source>
        <translation>⏸ НА УДЕРЖАНИИ — клиент вас не слышит</translation>
    </message>
    <message>
        <source>Start or stop recording this call</source>
        <translation>Начать или остановить запись этого звонка</translation>
    </message>
    <message>
        <source>Start recording</source>
        <translation>Начать запись</translation>
    </message>
    <message>
        <source>● Recording</source>
        <translation>● Идёт запись</translation>
    </message>
    <message>
        <source>Not recorded (this site does not record calls)</source>
        <translation>Не записывается (здесь звонки не записывают)</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Не записывается</translation>
    </message>
    <message>
        <source>Stop recording</source>
        <translation>Остановить запись</translation>
    </message>
</context>
<context>
    <name>ReserveRequestBanner</name>
    <message>
        <source>Join now (%1)</source>
        <translation>Подключиться сейчас (%1)</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Не сейчас</translation>
    </message>
    <message>
        <source>%1 asks you to join the line</source>
        <translation>%1 просит вас подключиться к линии</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Number to look up</source>
        <translation>Номер для поиска</translation>
    </message>
    <message>
        <source>Test result</source>
        <translation>Результат проверки</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Проверить</translation>
    </message>
    <message>
        <source>kept in the keyring — type to replace it</source>
        <translation>хранится в связке ключей — введите, чтобы заменить</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Страницы настроек</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Что произошло</translation>
    </message>
    <message>
        <source>Another test is still running; wait for its answer.</source>
        <translation>Ещё идёт другая проверка; дождитесь её ответа.</translation>
    </message>
    <message>
        <source>Type a number a customer calls from, then press Test.</source>
        <translation>Введите номер, с которого звонит клиент, и нажмите «Проверить».</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Проверка…</translation>
    </message>
    <message>
        <source>Not saved: </source>
        <translation>Не сохранено: </translation>
    </message>
    <message>
        <source>Not saved: the file {path} cannot be written ({reason}).</source>
        <translation>Не сохранено: файл {path} нельзя записать ({reason}).</translation>
    </message>
    <message>
        <source>Settings saved, but: </source>
        <translation>Настройки сохранены, но: </translation>
    </message>
    <message>
        <source>Saved to {path}. Phone, sound, CRM and team settings take effect when the console starts again.</source>
        <translation>Сохранено в {path}. Настройки телефона, звука, CRM и группы вступят в силу при следующем запуске консоли.</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Ничего не изменилось.</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Вы</translation>
    </message>
    <message>
        <source>Agent id</source>
        <translation>ID агента</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ваше имя</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>How colleagues and team leads see you.</source>
        <translation>Как вас видят коллеги и руководители группы.</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Окно</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Stay on top while a call rings</source>
        <translation>Поверх других окон, пока звонит звонок</translation>
    </message>
    <message>
        <source>The theme changes at once; &quot;system&quot; follows the desktop&apos;s light or dark mode.</source>
        <translation>Тема меняется сразу; «system» следует светлому или тёмному режиму рабочего стола.</translation>
    </message>
    <message>
        <source>Phone (SIP)</source>
        <translation>Телефон (SIP)</translation>
    </message>
    <message>
        <source>Registrar</source>
        <translation>Регистратор</translation>
    </message>
    <message>
        <source>pbx.example.com:5060 — empty for direct calls between desks</source>
        <translation>pbx.example.com:5060 — пусто для прямых звонков между рабочими местами</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>kept in the system keyring, never in the file</source>
        <translation>хранится в системной связке ключей, никогда в файле</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Домен</translation>
    </message>
    <message>
        <source>empty: the registrar&apos;s host</source>
        <translation>пусто: хост регистратора</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Транспорт</translation>
    </message>
    <message>
        <source>Listen on</source>
        <translation>Слушать на</translation>
    </message>
    <message>
        <source>Name shown to callees</source>
        <translation>Имя, которое видят вызываемые</translation>
    </message>
    <message>
        <source>Dial numbers at (without a registrar)</source>
        <translation>Набирать номера через (без регистратора)</translation>
    </message>
    <message>
        <source>Test registers with these settings and shows the registrar&apos;s answer.</source>
        <translation>«Проверить» регистрируется с этими настройками и показывает ответ регистратора.</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Звук</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>Микрофон</translation>
    </message>
    <message>
        <source>default, null (silence) or a device name</source>
        <translation>default, null (тишина) или имя устройства</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Динамик</translation>
    </message>
    <message>
        <source>Ring tone (WAV file)</source>
        <translation>Мелодия звонка (файл WAV)</translation>
    </message>
    <message>
        <source>Test plays a tone on the speaker and shows how loud the microphone is.</source>
        <translation>«Проверить» проигрывает сигнал в динамике и показывает громкость микрофона.</translation>
    </message>
    <message>
        <source>Customers (CRM)</source>
        <translation>Клиенты (CRM)</translation>
    </message>
    <message>
        <source>CRMs, in order</source>
        <translation>CRM по порядку</translation>
    </message>
    <message>
        <source>Local database</source>
        <translation>Локальная база данных</translation>
    </message>
    <message>
        <source>empty: the console&apos;s own database</source>
        <translation>пусто: собственная база консоли</translation>
    </message>
    <message>
        <source>Give up on a CRM after (ms)</source>
        <translation>Не ждать CRM дольше (мс)</translation>
    </message>
    <message>
        <source>Test looks a number up in these CRMs and shows the card.</source>
        <translation>«Проверить» ищет номер в этих CRM и показывает карточку.</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>Team store</source>
        <translation>Хранилище группы</translation>
    </message>
    <message>
        <source>Team secret</source>
        <translation>Секрет группы</translation>
    </message>
    <message>
        <source>signs supervision requests; kept in the keyring</source>
        <translation>подписывает запросы мониторинга; хранится в связке ключей</translation>
    </message>
    <message>
        <source>Test connects to the team store.</source>
        <translation>«Проверить» подключается к хранилищу группы.</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Answer the ringing call</source>
        <translation>Ответить на входящий звонок</translation>
    </message>
    <message>
        <source>End the call</source>
        <translation>Завершить звонок</translation>
    </message>
    <message>
        <source>Hold the call, or take it off hold</source>
        <translation>Поставить звонок на удержание или снять с него</translation>
    </message>
    <message>
        <source>Mute or unmute the microphone</source>
        <translation>Выключить или включить микрофон</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Ответить</translation>
    </message>
    <message>
        <source>Hang up</source>
        <translation>Завершить</translation>
    </message>
    <message>
        <source>Hold / resume</source>
        <translation>Удержать / продолжить</translation>
    </message>
    <message>
        <source>Mute / unmute</source>
        <translation>Выкл. / вкл. микрофон</translation>
    </message>
    <message>
        <source>Transfer…</source>
        <translation>Перевести…</translation>
    </message>
    <message>
        <source>Dial a number</source>
        <translation>Набрать номер</translation>
    </message>
    <message>
        <source>Write in the notes</source>
        <translation>Писать в заметки</translation>
    </message>
    <message>
        <source>Choose the disposition</source>
        <translation>Выбрать результат звонка</translation>
    </message>
    <message>
        <source>New follow-up task…</source>
        <translation>Новая задача по итогам…</translation>
    </message>
    <message>
        <source>Wrap-up done</source>
        <translation>Постобработка завершена</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Готов</translation>
    </message>
    <message>
        <source>Away (pause)</source>
        <translation>Отошёл (пауза)</translation>
    </message>
    <message>
        <source>Supervision: listen</source>
        <translation>Мониторинг: слушать</translation>
    </message>
    <message>
        <source>Supervision: whisper</source>
        <translation>Мониторинг: суфлировать</translation>
    </message>
    <message>
        <source>Supervision: barge in</source>
        <translation>Мониторинг: вмешаться</translation>
    </message>
    <message>
        <source>Supervision: stop</source>
        <translation>Мониторинг: остановить</translation>
    </message>
    <message>
        <source>Follow-up tasks need the tasks feature, which this console does not have</source>
        <translation>Для задач по итогам нужна функция задач, которой в этой консоли нет</translation>
    </message>
    <message>
        <source>Panels</source>
        <translation>Панели</translation>
    </message>
    <message>
        <source>New call-back or task…</source>
        <translation>Новый обратный звонок или задача…</translation>
    </message>
</context>
<context>
    <name>Snippets</name>
    <message>
        <source>Customer asked for a call-back.</source>
        <translation>Клиент попросил перезвонить.</translation>
    </message>
    <message>
        <source>Sent the offer by e-mail.</source>
        <translation>Предложение отправлено по e-mail.</translation>
    </message>
    <message>
        <source>Verified identity (date of birth, address).</source>
        <translation>Личность подтверждена (дата рождения, адрес).</translation>
    </message>
    <message>
        <source>Explained the invoice.</source>
        <translation>Разъяснён счёт.</translation>
    </message>
    <message>
        <source>Escalated to the team lead.</source>
        <translation>Передано руководителю группы.</translation>
    </message>
</context>
<context>
    <name>Supervising</name>
    <message>
        <source>Customer: %1</source>
        <translation>Клиент: %1</translation>
    </message>
</context>
<context>
    <name>SupervisingView</name>
    <message>
        <source>LISTENING — nobody hears you</source>
        <translation>ВЫ СЛУШАЕТЕ — вас никто не слышит</translation>
    </message>
    <message>
        <source>WHISPERING — only {agent} hears you</source>
        <translation>ВЫ СУФЛИРУЕТЕ — вас слышит только {agent}</translation>
    </message>
    <message>
        <source>BARGED IN — everyone hears you</source>
        <translation>ВЫ В РАЗГОВОРЕ — вас слышат все</translation>
    </message>
    <message>
        <source>Listen</source>
        <translation>Слушать</translation>
    </message>
    <message>
        <source>Whisper</source>
        <translation>Суфлировать</translation>
    </message>
    <message>
        <source>Barge in</source>
        <translation>Вмешаться</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Остановить</translation>
    </message>
    <message>
        <source>the customer is on hold: you hear nothing until the call resumes</source>
        <translation>клиент на удержании: вы ничего не слышите, пока звонок не продолжится</translation>
    </message>
    <message>
        <source>%1&apos;s call</source>
        <translation>Звонок: %1</translation>
    </message>
</context>
<context>
    <name>Supervision</name>
    <message>
        <source>%1 is listening</source>
        <translation>%1 слушает</translation>
    </message>
    <message>
        <source>%1 is whispering to you</source>
        <translation>%1 вам суфлирует</translation>
    </message>
    <message>
        <source>%1 is in the call (barge)</source>
        <translation>%1 в разговоре (вмешательство)</translation>
    </message>
    <message>
        <source>Supervised: %1.</source>
        <translation>Под наблюдением: %1.</translation>
    </message>
    <message>
        <source>You are listening to %1&apos;s call.</source>
        <translation>Вы слушаете звонок: %1.</translation>
    </message>
    <message>
        <source>You are whispering to %1.</source>
        <translation>Вы суфлируете: %1.</translation>
    </message>
    <message>
        <source>You are in %1&apos;s call (barge).</source>
        <translation>Вы в разговоре: %1 (вмешательство).</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <source>Call-back</source>
        <translation>Обратный звонок</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Задача</translation>
    </message>
    <message>
        <source>In 15 min</source>
        <translation>Через 15 мин</translation>
    </message>
    <message>
        <source>In 1 h</source>
        <translation>Через 1 ч</translation>
    </message>
    <message>
        <source>Tomorrow 9:00</source>
        <translation>Завтра 9:00</translation>
    </message>
    <message>
        <source>Monday 9:00</source>
        <translation>Понедельник 9:00</translation>
    </message>
    <message>
        <source>New call-back or task</source>
        <translation>Новый обратный звонок или задача</translation>
    </message>
    <message>
        <source>No customer: the task is for the number below</source>
        <translation>Без клиента: задача для номера ниже</translation>
    </message>
    <message>
        <source>Kind of task</source>
        <translation>Вид задачи</translation>
    </message>
    <message>
        <source>Call back</source>
        <translation>Перезвонить</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Что сделать</translation>
    </message>
    <message>
        <source>Number to call back</source>
        <translation>Номер для обратного звонка</translation>
    </message>
    <message>
        <source>Due date and time</source>
        <translation>Срок (дата и время)</translation>
    </message>
    <message>
        <source>Due: %1 (Alt+%2)</source>
        <translation>Срок: %1 (Alt+%2)</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;What</source>
        <translation>&amp;Что</translation>
    </message>
    <message>
        <source>&amp;Number</source>
        <translation>&amp;Номер</translation>
    </message>
    <message>
        <source>&amp;Due</source>
        <translation>&amp;Срок</translation>
    </message>
</context>
<context>
    <name>TasksView</name>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Задача</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>My tasks</source>
        <translation>Мои задачи</translation>
    </message>
    <message>
        <source>dialled %1</source>
        <translation>набрано в %1</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>ПРОСРОЧЕНО</translation>
    </message>
    <message>
        <source>Call back</source>
        <translation>Перезвонить</translation>
    </message>
    <message>
        <source>Call back: %1</source>
        <translation>Перезвонить: %1</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Готово: %1</translation>
    </message>
</context>
<context>
    <name>Team</name>
    <message>
        <source>The service level is far below the target, or a customer has waited too long.</source>
        <translation>Уровень обслуживания намного ниже цели, или клиент ждал слишком долго.</translation>
    </message>
    <message>
        <source>The service level is below the target.</source>
        <translation>Уровень обслуживания ниже цели.</translation>
    </message>
    <message>
        <source>Team service level</source>
        <translation>Уровень обслуживания группы</translation>
    </message>
    <message>
        <source>%1 has no call now.</source>
        <translation>У %1 сейчас нет звонка.</translation>
    </message>
    <message>
        <source>The CRM is not running, so the customer&apos;s card cannot be shown.</source>
        <translation>CRM не запущена, поэтому карточку клиента показать нельзя.</translation>
    </message>
</context>
<context>
    <name>TeamBoard</name>
    <message>
        <source>Ask away agents to join</source>
        <translation>Попросить отошедших агентов подключиться</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Агент</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>In state</source>
        <translation>В состоянии</translation>
    </message>
    <message>
        <source>Current call</source>
        <translation>Текущий звонок</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Направление</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Длительность</translation>
    </message>
    <message>
        <source>Supervised by</source>
        <translation>Под наблюдением</translation>
    </message>
    <message>
        <source>Waited</source>
        <translation>Ждал</translation>
    </message>
    <message>
        <source>Ringing at</source>
        <translation>Звонит у</translation>
    </message>
    <message>
        <source>Handled</source>
        <translation>Обслужено</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Пропущено</translation>
    </message>
    <message>
        <source>Avg handle</source>
        <translation>Сред. разговор</translation>
    </message>
    <message>
        <source>Avg wrap-up</source>
        <translation>Сред. постобработка</translation>
    </message>
    <message>
        <source>Longest wait</source>
        <translation>Самое долгое ожидание</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>Calls per hour</source>
        <translation>Звонков в час</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Агенты</translation>
    </message>
    <message>
        <source>On the line</source>
        <translation>На линии</translation>
    </message>
    <message>
        <source>Customers waiting</source>
        <translation>Ожидающие клиенты</translation>
    </message>
    <message>
        <source>Unknown caller</source>
        <translation>Неизвестный абонент</translation>
    </message>
    <message numerus="yes">
        <source>%n agents</source>
        <translation>
            <numerusform>%n агент</numerusform>
            <numerusform>%n агента</numerusform>
            <numerusform>%n агентов</numerusform>
        </translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>Long call: over %1</source>
        <translation>Долгий звонок: больше %1</translation>
    </message>
    <message>
        <source>Waiting longer than the target of %1 s</source>
        <translation>Ждёт дольше цели в %1 с</translation>
    </message>
    <message>
        <source>Service level %1 (target %2 % in %3 s)</source>
        <translation>Уровень обслуживания %1 (цель %2 % за %3 с)</translation>
    </message>
    <message numerus="yes">
        <source>%n customers waiting, longest %1</source>
        <translation>
            <numerusform>%n клиент ждёт, дольше всех %1</numerusform>
            <numerusform>%n клиента ждут, дольше всех %1</numerusform>
            <numerusform>%n клиентов ждут, дольше всех %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody waiting</source>
        <translation>Никто не ждёт</translation>
    </message>
    <message>
        <source>over the %1 s target</source>
        <translation>больше цели в %1 с</translation>
    </message>
    <message>
        <source>Joining: %1</source>
        <translation>Подключаются: %1</translation>
    </message>
    <message>
        <source>Not now: %1</source>
        <translation>Не сейчас: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n not answered yet</source>
        <translation>
            <numerusform>%n ещё не ответил</numerusform>
            <numerusform>%n ещё не ответили</numerusform>
            <numerusform>%n ещё не ответили</numerusform>
        </translation>
    </message>
    <message>
        <source>Hour of day</source>
        <translation>Час дня</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Звонки</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Готов</translation>
    </message>
    <message>
        <source>Ringing</source>
        <translation>Звонок</translation>
    </message>
    <message>
        <source>On a call</source>
        <translation>В разговоре</translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <translation>Постобработка</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Отошёл</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Мониторинг</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Не в сети</translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation>Входящий</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>Исходящий</translation>
    </message>
    <message>
        <source>Talking</source>
        <translation>Разговор</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>На удержании</translation>
    </message>
</context>
<context>
    <name>TeamList</name>
    <message>
        <source>Colleague</source>
        <translation>Коллега</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>In state</source>
        <translation>В состоянии</translation>
    </message>
</context>
<context>
    <name>TestCall</name>
    <message>
        <source>A test customer is calling you now: answer it as any call.</source>
        <translation>Сейчас вам звонит тестовый клиент: ответьте, как на любой звонок.</translation>
    </message>
    <message>
        <source>Test call: </source>
        <translation>Тестовый звонок: </translation>
    </message>
    <message>
        <source>the test customer&apos;s call rang here</source>
        <translation>звонок тестового клиента дошёл сюда</translation>
    </message>
    <message>
        <source>no call arrived: check [sip] listen (another program may use the port) and the firewall</source>
        <translation>звонок не пришёл: проверьте [sip] listen (порт может занимать другая программа) и брандмауэр</translation>
    </message>
    <message>
        <source>you answered it</source>
        <translation>вы ответили</translation>
    </message>
    <message>
        <source>it was not answered</source>
        <translation>на него не ответили</translation>
    </message>
    <message>
        <source>the test customer heard your microphone</source>
        <translation>тестовый клиент слышал ваш микрофон</translation>
    </message>
    <message>
        <source>the test customer heard only silence: check the microphone in Settings → Sound</source>
        <translation>тестовый клиент слышал только тишину: проверьте микрофон в Настройки → Звук</translation>
    </message>
    <message>
        <source>the test customer could not start</source>
        <translation>тестового клиента не удалось запустить</translation>
    </message>
</context>
<context>
    <name>TimeWords</name>
    <message>
        <source>{h} h {m} min</source>
        <translation>{h} ч {m} мин</translation>
    </message>
    <message>
        <source>{h} h</source>
        <translation>{h} ч</translation>
    </message>
    <message>
        <source>{m} min {s} s</source>
        <translation>{m} мин {s} с</translation>
    </message>
    <message>
        <source>{m} min</source>
        <translation>{m} мин</translation>
    </message>
    <message>
        <source>{s} s</source>
        <translation>{s} с</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>просрочено</translation>
    </message>
    <message numerus="yes">
        <source>in %n min</source>
        <translation>
            <numerusform>через %n мин</numerusform>
            <numerusform>через %n мин</numerusform>
            <numerusform>через %n мин</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n h</source>
        <translation>
            <numerusform>через %n ч</numerusform>
            <numerusform>через %n ч</numerusform>
            <numerusform>через %n ч</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n days</source>
        <translation>
            <numerusform>через %n день</numerusform>
            <numerusform>через %n дня</numerusform>
            <numerusform>через %n дней</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <source>ready</source>
        <translation>готов</translation>
    </message>
    <message>
        <source>ringing</source>
        <translation>звонок</translation>
    </message>
    <message>
        <source>on a call</source>
        <translation>в разговоре</translation>
    </message>
    <message>
        <source>in wrap-up</source>
        <translation>на постобработке</translation>
    </message>
    <message>
        <source>away</source>
        <translation>отошёл</translation>
    </message>
    <message>
        <source>supervising</source>
        <translation>ведёт мониторинг</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>не в сети</translation>
    </message>
    <message>
        <source>Transfer the call</source>
        <translation>Перевести звонок</translation>
    </message>
    <message>
        <source>Colleague&apos;s name, a number or a SIP address</source>
        <translation>Имя коллеги, номер или SIP-адрес</translation>
    </message>
    <message>
        <source>Hand over now (blind transfer)</source>
        <translation>Передать сейчас (слепой перевод)</translation>
    </message>
    <message>
        <source>Talk to them first, then complete or cancel (consult)</source>
        <translation>Сначала поговорить с ними, затем завершить или отменить (консультация)</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Перевести</translation>
    </message>
    <message>
        <source>Your notes, the disposition so far and the customer go with the call.</source>
        <translation>Ваши заметки, результат звонка на данный момент и клиент переходят вместе со звонком.</translation>
    </message>
    <message>
        <source>No colleagues are online in the team list: type a number or SIP address.</source>
        <translation>В списке группы нет коллег в сети: введите номер или SIP-адрес.</translation>
    </message>
    <message>
        <source>Transfer to:</source>
        <translation>Перевести на:</translation>
    </message>
</context>
<context>
    <name>Transfers</name>
    <message>
        <source>Transfer: %1</source>
        <translation>Перевод: %1</translation>
    </message>
    <message>
        <source>The team store is not answering: the call is transferred, but your notes did not go with it.</source>
        <translation>Хранилище группы не отвечает: звонок переведён, но ваши заметки с ним не ушли.</translation>
    </message>
    <message>
        <source>The call is transferred.</source>
        <translation>Звонок переведён.</translation>
    </message>
    <message>
        <source>the other side refused it</source>
        <translation>другая сторона его отклонила</translation>
    </message>
    <message>
        <source>The transfer did not go through (%1); the customer is still on your line.</source>
        <translation>Перевод не удался (%1); клиент по-прежнему на вашей линии.</translation>
    </message>
    <message>
        <source>Transferred by %1: %2</source>
        <translation>Переведено от %1: %2</translation>
    </message>
    <message>
        <source>Transferred by %1</source>
        <translation>Переведено от %1</translation>
    </message>
    <message>
        <source>Disposition so far: %1</source>
        <translation>Результат на данный момент: %1</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Set-up assistant…</source>
        <translation>Мастер настройки…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Настройки…</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Готов</translation>
    </message>
    <message>
        <source>Show window</source>
        <translation>Показать окно</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Выход</translation>
    </message>
    <message>
        <source>&amp;Console</source>
        <translation>&amp;Консоль</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Отошёл</translation>
    </message>
    <message>
        <source>No tray icon</source>
        <translation>Нет значка в трее</translation>
    </message>
    <message>
        <source>%1 did not work: %2</source>
        <translation>%1 не сработало: %2</translation>
    </message>
    <message>
        <source>Agent Console — %1: %2</source>
        <translation>Agent Console — %1: %2</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Показать</translation>
    </message>
    <message>
        <source>Not in the CRM</source>
        <translation>Нет в CRM</translation>
    </message>
</context>
<context>
    <name>UnsavedDrafts</name>
    <message>
        <source>Notes not saved</source>
        <translation>Заметки не сохранены</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) are not saved.</source>
        <translation>
            <numerusform>%n заметка не сохранена.</numerusform>
            <numerusform>%n заметки не сохранены.</numerusform>
            <numerusform>%n заметок не сохранено.</numerusform>
        </translation>
    </message>
    <message>
        <source>Free some disk space and try again, or copy the notes to paste them somewhere safe. If you quit anyway, a copy is kept outside the full disk when possible and put back at the next start.</source>
        <translation>Освободите место на диске и попробуйте снова, или скопируйте заметки, чтобы вставить их в надёжное место. Если всё же выйти, копия по возможности сохранится вне заполненного диска и вернётся при следующем запуске.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Попробовать снова</translation>
    </message>
    <message>
        <source>Copy the notes</source>
        <translation>Копировать заметки</translation>
    </message>
    <message>
        <source>Quit anyway</source>
        <translation>Всё равно выйти</translation>
    </message>
    <message>
        <source>The unsaved notes are on the clipboard: paste them somewhere safe.</source>
        <translation>Несохранённые заметки в буфере обмена: вставьте их в надёжное место.</translation>
    </message>
</context>
<context>
    <name>away_reasons</name>
    <message>
        <source>break</source>
        <translation>перерыв</translation>
    </message>
    <message>
        <source>lunch</source>
        <translation>обед</translation>
    </message>
    <message>
        <source>training</source>
        <translation>обучение</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>совещание</translation>
    </message>
    <message>
        <source>back_office</source>
        <translation>бэк-офис</translation>
    </message>
</context>
<context>
    <name>card</name>
    <message>
        <source>From cache, {age} old</source>
        <translation>Из кэша, возраст {age}</translation>
    </message>
</context>
<context>
    <name>dispositions</name>
    <message>
        <source>Resolved</source>
        <translation>Решено</translation>
    </message>
    <message>
        <source>Information given</source>
        <translation>Информация предоставлена</translation>
    </message>
    <message>
        <source>Change made (address, tariff, contact)</source>
        <translation>Изменение внесено (адрес, тариф, контакт)</translation>
    </message>
    <message>
        <source>Complaint settled</source>
        <translation>Жалоба урегулирована</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>Продажа</translation>
    </message>
    <message>
        <source>New contract</source>
        <translation>Новый договор</translation>
    </message>
    <message>
        <source>Upgrade / upsell</source>
        <translation>Повышение тарифа / допродажа</translation>
    </message>
    <message>
        <source>Offer declined</source>
        <translation>Предложение отклонено</translation>
    </message>
    <message>
        <source>Follow-up needed</source>
        <translation>Нужен повторный контакт</translation>
    </message>
    <message>
        <source>Call-back promised</source>
        <translation>Обещан обратный звонок</translation>
    </message>
    <message>
        <source>Escalated to team lead / 2nd level</source>
        <translation>Передано руководителю / 2-й линии</translation>
    </message>
    <message>
        <source>Waiting for the customer&apos;s documents</source>
        <translation>Ожидаются документы клиента</translation>
    </message>
    <message>
        <source>No conversation</source>
        <translation>Без разговора</translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation>Ошибочный номер</translation>
    </message>
    <message>
        <source>Call dropped</source>
        <translation>Звонок прервался</translation>
    </message>
    <message>
        <source>Voicemail / answering machine</source>
        <translation>Голосовая почта / автоответчик</translation>
    </message>
    <message>
        <source>Spam / abusive caller</source>
        <translation>Спам / оскорбительный абонент</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>The phone is not running. Restart the console.</source>
        <translation>Телефон не работает. Перезапустите консоль.</translation>
    </message>
    <message>
        <source>Only a call in progress can be transferred.</source>
        <translation>Перевести можно только идущий звонок.</translation>
    </message>
    <message>
        <source>This call is already being transferred: complete or cancel that transfer first.</source>
        <translation>Этот звонок уже переводится: сначала завершите или отмените тот перевод.</translation>
    </message>
    <message>
        <source>The colleague has not answered yet: wait for them, or cancel the transfer.</source>
        <translation>Коллега ещё не ответил: дождитесь его или отмените перевод.</translation>
    </message>
    <message>
        <source>This call has no consultation: call the colleague first.</source>
        <translation>У этого звонка нет консультации: сначала позвоните коллеге.</translation>
    </message>
    <message>
        <source>The transfer did not go through: {reason}. The customer is still on your line.</source>
        <translation>Перевод не удался: {reason}. Клиент по-прежнему на вашей линии.</translation>
    </message>
    <message>
        <source>The phone could not do that: {reason}.</source>
        <translation>Телефону не удалось это сделать: {reason}.</translation>
    </message>
    <message>
        <source>The phone could not start its SIP library: {reason}.</source>
        <translation>Телефону не удалось запустить свою SIP-библиотеку: {reason}.</translation>
    </message>
    <message>
        <source>The phone did not start: {reason}.</source>
        <translation>Телефон не запустился: {reason}.</translation>
    </message>
    <message>
        <source>Another phone is already running in this program. Close it first.</source>
        <translation>В этой программе уже работает другой телефон. Сначала закройте его.</translation>
    </message>
    <message>
        <source>A [sip] setting is wrong: {detail}. Fix it in the configuration file.</source>
        <translation>Настройка в [sip] неверна: {detail}. Исправьте её в файле конфигурации.</translation>
    </message>
    <message>
        <source>The SIP address {address} is not HOST:PORT. Fix [sip] listen in the configuration file.</source>
        <translation>SIP-адрес {address} не в формате HOST:PORT. Исправьте [sip] listen в файле конфигурации.</translation>
    </message>
    <message>
        <source>The port {port} in {address} is out of range. Use a port from 1 to 65535 in [sip] listen.</source>
        <translation>Порт {port} в {address} вне допустимого диапазона. Укажите в [sip] listen порт от 1 до 65535.</translation>
    </message>
    <message>
        <source>{address} is not an address of this computer. Fix [sip] listen in the configuration file.</source>
        <translation>{address} не является адресом этого компьютера. Исправьте [sip] listen в файле конфигурации.</translation>
    </message>
    <message>
        <source>The SIP transport {transport} is unknown. Set [sip] transport to udp, tcp or tls.</source>
        <translation>SIP-транспорт {transport} неизвестен. Установите [sip] transport в udp, tcp или tls.</translation>
    </message>
    <message>
        <source>The phone cannot listen on {host}:{port} ({transport}): {reason}.</source>
        <translation>Телефон не может слушать на {host}:{port} ({transport}): {reason}.</translation>
    </message>
    <message>
        <source>The phone cannot listen on {host}:{port} ({transport}): another program uses this port. Close it or choose another port in [sip] listen.</source>
        <translation>Телефон не может слушать на {host}:{port} ({transport}): этот порт занят другой программой. Закройте её или выберите другой порт в [sip] listen.</translation>
    </message>
    <message>
        <source>The file {path} set in [sip] {key} cannot be read. Check the name and its permissions.</source>
        <translation>Файл {path}, указанный в [sip] {key}, нельзя прочитать. Проверьте имя и права доступа.</translation>
    </message>
    <message>
        <source>Secure SIP (TLS) needs trusted certificate authorities and this computer has none. Set [sip] tls_ca_file to a PEM file.</source>
        <translation>Защищённому SIP (TLS) нужны доверенные центры сертификации, а на этом компьютере их нет. Укажите в [sip] tls_ca_file файл PEM.</translation>
    </message>
    <message>
        <source>{target} cannot be dialled. Enter a number, user@host or a sip: address.</source>
        <translation>{target} нельзя набрать. Введите номер, user@host или адрес sip:.</translation>
    </message>
    <message>
        <source>There is no PBX to dial numbers through. Dial NUMBER@HOST:PORT or a sip: address, or set [sip] registrar.</source>
        <translation>Нет АТС, через которую можно набирать номера. Наберите НОМЕР@HOST:PORT или адрес sip:, либо укажите [sip] registrar.</translation>
    </message>
    <message>
        <source>That call has ended.</source>
        <translation>Этот звонок завершён.</translation>
    </message>
    <message>
        <source>The call to {target} could not be started: {reason}.</source>
        <translation>Не удалось начать звонок на {target}: {reason}.</translation>
    </message>
    <message>
        <source>{status} is not a SIP error code. Use a code from 400 to 699.</source>
        <translation>{status} не является кодом ошибки SIP. Используйте код от 400 до 699.</translation>
    </message>
    <message>
        <source>&quot;{digits}&quot; cannot be sent as tones. Use 0-9, *, # and A-D.</source>
        <translation>«{digits}» нельзя отправить тонами. Используйте 0-9, *, # и A-D.</translation>
    </message>
    <message>
        <source>A conference needs at least two calls.</source>
        <translation>Для конференции нужно хотя бы два звонка.</translation>
    </message>
    <message>
        <source>The message is too long or of the wrong kind (at most {limit} characters).</source>
        <translation>Сообщение слишком длинное или неверного типа (не более {limit} символов).</translation>
    </message>
    <message>
        <source>{header} is not a valid SIP header name.</source>
        <translation>{header} не является допустимым именем заголовка SIP.</translation>
    </message>
    <message>
        <source>This call is not ringing any more.</source>
        <translation>Этот звонок больше не звонит.</translation>
    </message>
    <message>
        <source>Only a ringing incoming call can be rejected.</source>
        <translation>Отклонить можно только звонящий входящий звонок.</translation>
    </message>
    <message>
        <source>Only a connected call can be put on hold.</source>
        <translation>Поставить на удержание можно только соединённый звонок.</translation>
    </message>
    <message>
        <source>This call is not on hold.</source>
        <translation>Этот звонок не на удержании.</translation>
    </message>
    <message>
        <source>Only connected calls can be joined.</source>
        <translation>Объединить можно только соединённые звонки.</translation>
    </message>
    <message>
        <source>This call is already being recorded.</source>
        <translation>Этот звонок уже записывается.</translation>
    </message>
    <message>
        <source>This call cannot be recorded: {detail}.</source>
        <translation>Этот звонок нельзя записать: {detail}.</translation>
    </message>
    <message>
        <source>This call is not being recorded.</source>
        <translation>Этот звонок не записывается.</translation>
    </message>
    <message>
        <source>This call record cannot be played: {detail}.</source>
        <translation>Эту запись звонка нельзя воспроизвести: {detail}.</translation>
    </message>
    <message>
        <source>This site does not record calls ([recording] policy = &quot;never&quot;), so this call cannot be recorded.</source>
        <translation>Здесь звонки не записываются ([recording] policy = &quot;never&quot;), поэтому этот звонок нельзя записать.</translation>
    </message>
    <message>
        <source>This site records every call ([recording] policy = &quot;always&quot;): the recording cannot be stopped.</source>
        <translation>Здесь записывается каждый звонок ([recording] policy = &quot;always&quot;): запись нельзя остановить.</translation>
    </message>
    <message>
        <source>There is no call in progress to record. Answer or select a call first.</source>
        <translation>Нет идущего звонка для записи. Сначала ответьте на звонок или выберите его.</translation>
    </message>
    <message>
        <source>Only a team lead can find, play or delete call records ([agent] role = &quot;lead&quot;).</source>
        <translation>Искать, воспроизводить и удалять записи звонков может только руководитель группы ([agent] role = &quot;lead&quot;).</translation>
    </message>
    <message>
        <source>There is no call record {record_id}: it may have been deleted. Search again (ctl records).</source>
        <translation>Записи звонка {record_id} нет: возможно, она удалена. Поищите снова (ctl records).</translation>
    </message>
    <message>
        <source>The team store is not open yet, so call records cannot be reached; try again in a moment.</source>
        <translation>Хранилище группы ещё не открыто, поэтому записи звонков недоступны; попробуйте чуть позже.</translation>
    </message>
    <message>
        <source>The call record {record_id} could not be read from the team store: {detail}.</source>
        <translation>Запись звонка {record_id} не удалось прочитать из хранилища группы: {detail}.</translation>
    </message>
    <message>
        <source>The day {day} is not a date like 2026-12-01.</source>
        <translation>День {day} не является датой вида 2026-12-01.</translation>
    </message>
    <message>
        <source>The microphone file {path} does not exist. Fix [audio] capture.</source>
        <translation>Файла микрофона {path} не существует. Исправьте [audio] capture.</translation>
    </message>
    <message>
        <source>The microphone file {path} is not a usable WAV file: {reason}.</source>
        <translation>Файл микрофона {path} не является пригодным WAV-файлом: {reason}.</translation>
    </message>
    <message>
        <source>The folder {folder} for the recorded sound does not exist. Fix [audio] playback.</source>
        <translation>Папки {folder} для записанного звука не существует. Исправьте [audio] playback.</translation>
    </message>
    <message>
        <source>The sound cannot be recorded to {path}: {reason}.</source>
        <translation>Звук нельзя записать в {path}: {reason}.</translation>
    </message>
    <message>
        <source>Supervision was refused: the request was not signed. Start it from the console&apos;s team board.</source>
        <translation>В мониторинге отказано: запрос не был подписан. Запустите его с панели группы в консоли.</translation>
    </message>
    <message>
        <source>Supervision was refused: the request could not be read. Update the supervisor&apos;s console.</source>
        <translation>В мониторинге отказано: запрос не удалось прочитать. Обновите консоль супервизора.</translation>
    </message>
    <message>
        <source>Supervision was refused: the request was not signed with this team&apos;s secret. Check the team secret on both computers.</source>
        <translation>В мониторинге отказано: запрос не был подписан секретом этой группы. Проверьте секрет группы на обоих компьютерах.</translation>
    </message>
    <message>
        <source>Supervision was refused: the request had expired. Check that both computers show the right time, then try again.</source>
        <translation>В мониторинге отказано: срок действия запроса истёк. Проверьте, что на обоих компьютерах правильное время, и попробуйте снова.</translation>
    </message>
    <message>
        <source>Supervision was refused: the request was valid for too long. Check that both computers show the right time.</source>
        <translation>В мониторинге отказано: запрос действовал слишком долго. Проверьте, что на обоих компьютерах правильное время.</translation>
    </message>
    <message>
        <source>Supervision was refused: the same request was used twice. Start it again from the team board.</source>
        <translation>В мониторинге отказано: один и тот же запрос использован дважды. Запустите его снова с панели группы.</translation>
    </message>
    <message>
        <source>Supervision was refused: the agent is no longer on that call.</source>
        <translation>В мониторинге отказано: агент больше не в этом звонке.</translation>
    </message>
    <message>
        <source>Supervision was refused: this role may not do that. Trainees may only listen; team leads may listen, whisper and barge.</source>
        <translation>В мониторинге отказано: этой роли это не разрешено. Стажёры могут только слушать; руководители группы могут слушать, подсказывать и вмешиваться.</translation>
    </message>
    <message>
        <source>Supervision was refused: there is no room for another supervisor on this call. Try again when someone has left.</source>
        <translation>В мониторинге отказано: в этом звонке нет места ещё для одного супервизора. Попробуйте, когда кто-нибудь выйдет.</translation>
    </message>
    <message>
        <source>The mode was not changed: this site does not let phone keys switch supervision modes. Use the console&apos;s mode keys.</source>
        <translation>Режим не изменён: здесь нельзя переключать режимы мониторинга клавишами телефона. Используйте клавиши режимов в консоли.</translation>
    </message>
    <message>
        <source>The mode was not changed: the request was made for another supervisor or call.</source>
        <translation>Режим не изменён: запрос был сделан для другого супервизора или звонка.</translation>
    </message>
    <message>
        <source>Supervision was refused: this team requires a signed role grant and the request had none. Ask the team&apos;s admin for a grant, then run agent-console supervision use-grant.</source>
        <translation>В мониторинге отказано: эта группа требует подписанное разрешение роли, а в запросе его не было. Попросите разрешение у администратора группы, затем выполните agent-console supervision use-grant.</translation>
    </message>
    <message>
        <source>Supervision was refused: the role grant is not signed by this team&apos;s admin key. Ask the team&apos;s admin for a new grant, and check [supervision] roles_key on the agent&apos;s computer.</source>
        <translation>В мониторинге отказано: разрешение роли не подписано ключом администратора этой группы. Попросите у администратора группы новое разрешение и проверьте [supervision] roles_key на компьютере агента.</translation>
    </message>
    <message>
        <source>Supervision was refused: the role grant has expired. Ask the team&apos;s admin for a new one.</source>
        <translation>В мониторинге отказано: срок действия разрешения роли истёк. Попросите новое у администратора группы.</translation>
    </message>
    <message>
        <source>Supervision was refused: the role grant belongs to someone else, or the request was not signed with its owner&apos;s key.</source>
        <translation>В мониторинге отказано: разрешение роли принадлежит кому-то другому, или запрос не был подписан ключом его владельца.</translation>
    </message>
    <message>
        <source>Supervision was refused: the role grant does not give this role. Check [agent] role, or ask the team&apos;s admin for the right grant.</source>
        <translation>В мониторинге отказано: разрешение роли не даёт эту роль. Проверьте [agent] role или попросите у администратора группы нужное разрешение.</translation>
    </message>
    <message>
        <source>Supervision was refused: the role grant was revoked. Ask the team&apos;s admin for a new one.</source>
        <translation>В мониторинге отказано: разрешение роли отозвано. Попросите новое у администратора группы.</translation>
    </message>
    <message>
        <source>A key is already kept for {name} ({env} or the keyring). Use --replace to make a new one (grants for the old key then stop working).</source>
        <translation>Для {name} ключ уже хранится ({env} или связка ключей). Используйте --replace, чтобы создать новый (разрешения для старого ключа тогда перестанут действовать).</translation>
    </message>
    <message>
        <source>{reason}. Run again with --print-private to see the private key once, and put it into {env}.</source>
        <translation>{reason}. Запустите снова с --print-private, чтобы один раз увидеть закрытый ключ, и поместите его в {env}.</translation>
    </message>
    <message>
        <source>This person has no supervision key yet. Run agent-console supervision keygen.</source>
        <translation>У этого человека ещё нет ключа мониторинга. Выполните agent-console supervision keygen.</translation>
    </message>
    <message>
        <source>The key kept in {env} or the keyring is not a supervision key. Make a new one with agent-console supervision keygen --replace.</source>
        <translation>Ключ, хранящийся в {env} или связке ключей, не является ключом мониторинга. Создайте новый командой agent-console supervision keygen --replace.</translation>
    </message>
    <message>
        <source>Only the team&apos;s admin can do this: the admin key is not in {env} or the keyring (agent-console supervision admin-keygen makes it).</source>
        <translation>Это может сделать только администратор группы: ключа администратора нет ни в {env}, ни в связке ключей (его создаёт agent-console supervision admin-keygen).</translation>
    </message>
    <message>
        <source>No grant was made: {reason}.</source>
        <translation>Разрешение не создано: {reason}.</translation>
    </message>
    <message>
        <source>This grant is for another key than yours. Give the team&apos;s admin your public key (agent-console supervision public-key).</source>
        <translation>Это разрешение выдано для другого ключа, не вашего. Передайте администратору группы свой открытый ключ (agent-console supervision public-key).</translation>
    </message>
    <message>
        <source>This grant cannot be used: {reason}. Ask the team&apos;s admin for a new one.</source>
        <translation>Это разрешение нельзя использовать: {reason}. Попросите новое у администратора группы.</translation>
    </message>
    <message>
        <source>This grant is for {person}, but this console&apos;s [agent] id is {me}. Ask the team&apos;s admin for a grant in your id.</source>
        <translation>Это разрешение для {person}, а [agent] id этой консоли — {me}. Попросите у администратора группы разрешение на ваш id.</translation>
    </message>
    <message>
        <source>{reason}.</source>
        <translation>{reason}.</translation>
    </message>
    <message>
        <source>This grant expired on {day} (UTC). Ask the team&apos;s admin for a new one.</source>
        <translation>Срок действия этого разрешения истёк {day} (UTC). Попросите новое у администратора группы.</translation>
    </message>
    <message>
        <source>--days must be from 1 to {most} (got {days}).</source>
        <translation>--days должно быть от 1 до {most} (получено {days}).</translation>
    </message>
    <message>
        <source>{person} is not an agent id: use 1 to 64 letters, digits or _.@+-.</source>
        <translation>{person} не является id агента: используйте от 1 до 64 букв, цифр или _.@+-.</translation>
    </message>
    <message>
        <source>The team store cannot be opened or written ({reason}). Check [team] url and that the server is running.</source>
        <translation>Хранилище группы нельзя открыть или записать ({reason}). Проверьте [team] url и что сервер работает.</translation>
    </message>
    <message>
        <source>Anyone with the team secret can claim to be a team lead and listen in on this console&apos;s calls. Set [supervision] roles_key to the team admin&apos;s public key.</source>
        <translation>Любой, у кого есть секрет группы, может выдать себя за руководителя группы и слушать звонки этой консоли. Укажите в [supervision] roles_key открытый ключ администратора группы.</translation>
    </message>
    <message>
        <source>Coaching notes are for team leads only ([agent] role = &quot;lead&quot;): this console cannot show or read them.</source>
        <translation>Заметки наставника только для руководителей группы ([agent] role = &quot;lead&quot;): эта консоль не может их показать или прочитать.</translation>
    </message>
    <message>
        <source>Name the agent (ctl coaching AGENT): you are not listening to anyone&apos;s call now.</source>
        <translation>Укажите агента (ctl coaching AGENT): сейчас вы не слушаете ничей звонок.</translation>
    </message>
    <message>
        <source>The team store is not open, so coaching notes cannot be kept. Check [team] url in the configuration.</source>
        <translation>Хранилище группы не открыто, поэтому заметки наставника нельзя сохранить. Проверьте [team] url в конфигурации.</translation>
    </message>
    <message>
        <source>The coaching notes cannot be read now: the team store is not answering. Try again in a moment.</source>
        <translation>Заметки наставника сейчас нельзя прочитать: хранилище группы не отвечает. Попробуйте чуть позже.</translation>
    </message>
    <message>
        <source>Not saved: the team store is not answering. The notes are kept here and saved as soon as it answers.</source>
        <translation>Не сохранено: хранилище группы не отвечает. Заметки хранятся здесь и будут сохранены, как только оно ответит.</translation>
    </message>
    <message>
        <source>The PBX code for {mode} ({code}) cannot be dialled. Use digits, * and # with {{ext}} once, like *222{{ext}}, in [supervision.pbx] {mode}.</source>
        <translation>Код АТС для {mode} ({code}) нельзя набрать. Используйте в [supervision.pbx] {mode} цифры, * и # и один раз {{ext}}, например *222{{ext}}.</translation>
    </message>
    <message>
        <source>The keys to switch to {mode} ({keys}) cannot be sent. Use 0-9, * and # in [supervision.pbx] switch_dtmf.</source>
        <translation>Клавиши для переключения в {mode} ({keys}) нельзя отправить. Используйте 0-9, * и # в [supervision.pbx] switch_dtmf.</translation>
    </message>
    <message>
        <source>{mode} is not a supervision mode. Use listen, whisper and barge in [supervision.pbx].</source>
        <translation>{mode} не является режимом мониторинга. Используйте listen, whisper и barge в [supervision.pbx].</translation>
    </message>
    <message>
        <source>{agent}&apos;s extension ({extension}) cannot be dialled: it may only have letters, digits, dots, dashes and underscores. Fix [sip] user on their console.</source>
        <translation>Внутренний номер агента {agent} ({extension}) нельзя набрать: в нём допустимы только буквы, цифры, точки, дефисы и подчёркивания. Исправьте [sip] user на его консоли.</translation>
    </message>
    <message>
        <source>The PBX address {domain} is not a host or host:port. Fix [sip] registrar or [sip] domain.</source>
        <translation>Адрес АТС {domain} не является host или host:port. Исправьте [sip] registrar или [sip] domain.</translation>
    </message>
    <message>
        <source>Supervision through the PBX needs the PBX: set [sip] registrar, or set [supervision] strategy = &quot;console&quot;.</source>
        <translation>Для мониторинга через АТС нужна АТС: укажите [sip] registrar или установите [supervision] strategy = &quot;console&quot;.</translation>
    </message>
    <message>
        <source>Your PBX offers no {mode} here ([supervision.pbx] {mode} is empty). Choose another mode.</source>
        <translation>Ваша АТС здесь не предлагает {mode} ([supervision.pbx] {mode} пусто). Выберите другой режим.</translation>
    </message>
    <message>
        <source>Your PBX has no key to switch to {mode} during a session ([supervision.pbx] switch_dtmf). Stop, then start again in {mode}.</source>
        <translation>У вашей АТС нет клавиши для переключения в {mode} во время сеанса ([supervision.pbx] switch_dtmf). Остановите сеанс и начните снова в режиме {mode}.</translation>
    </message>
    <message>
        <source>The PBX did not answer the supervision code {dialled}. Check that it is running, then try again.</source>
        <translation>АТС не ответила на код мониторинга {dialled}. Проверьте, что она работает, и попробуйте снова.</translation>
    </message>
    <message>
        <source>The PBX does not know the supervision code {dialled} ({status}). Add it to the PBX&apos;s dialplan, or fix [supervision.pbx].</source>
        <translation>АТС не знает код мониторинга {dialled} ({status}). Добавьте его в план набора АТС или исправьте [supervision.pbx].</translation>
    </message>
    <message>
        <source>The PBX does not let this phone dial the supervision code {dialled} ({status}). Ask the PBX&apos;s administrator.</source>
        <translation>АТС не разрешает этому телефону набирать код мониторинга {dialled} ({status}). Обратитесь к администратору АТС.</translation>
    </message>
    <message>
        <source>The PBX refused the supervision code {dialled}: {reason} ({status}).</source>
        <translation>АТС отклонила код мониторинга {dialled}: {reason} ({status}).</translation>
    </message>
    <message>
        <source>{service} did not answer in time. The card shows what is known so far.</source>
        <translation>{service} не ответил вовремя. Карточка показывает то, что уже известно.</translation>
    </message>
    <message>
        <source>Cannot connect to {service} at {host}. Check the network or the CRM&apos;s address.</source>
        <translation>Не удаётся подключиться к {service} на {host}. Проверьте сеть или адрес CRM.</translation>
    </message>
    <message>
        <source>The certificate of {host} is not trusted. If your company has its own certificate authority, set ca_bundle to its PEM file.</source>
        <translation>Сертификату {host} нет доверия. Если у вашей компании свой центр сертификации, укажите в ca_bundle его файл PEM.</translation>
    </message>
    <message>
        <source>{service} asks to slow down; the request is tried again later.</source>
        <translation>{service} просит снизить частоту запросов; запрос будет повторён позже.</translation>
    </message>
    <message>
        <source>{service} is unavailable for now; the request is tried again later.</source>
        <translation>{service} сейчас недоступен; запрос будет повторён позже.</translation>
    </message>
    <message>
        <source>{service} refused the login. Check the user and the stored secret.</source>
        <translation>{service} отклонил вход. Проверьте пользователя и сохранённый секрет.</translation>
    </message>
    <message>
        <source>{service} denied access. Ask the CRM&apos;s administrator for the permission.</source>
        <translation>{service} запретил доступ. Попросите разрешение у администратора CRM.</translation>
    </message>
    <message>
        <source>{service} had an internal error (HTTP {status}); the request is tried again later.</source>
        <translation>У {service} внутренняя ошибка (HTTP {status}); запрос будет повторён позже.</translation>
    </message>
    <message>
        <source>{service} sent the request elsewhere (HTTP {status}). Check base_url.</source>
        <translation>{service} перенаправил запрос в другое место (HTTP {status}). Проверьте base_url.</translation>
    </message>
    <message>
        <source>{service} refused the request (HTTP {status}).</source>
        <translation>{service} отклонил запрос (HTTP {status}).</translation>
    </message>
    <message>
        <source>{service} sent an answer that cannot be read.</source>
        <translation>{service} прислал ответ, который нельзя прочитать.</translation>
    </message>
    <message>
        <source>The answer from {service} was too large and was not read to the end.</source>
        <translation>Ответ от {service} был слишком большим и не был дочитан до конца.</translation>
    </message>
    <message>
        <source>{service} packs its answers in a way that cannot be read ({encoding}).</source>
        <translation>{service} упаковывает ответы способом, который нельзя прочитать ({encoding}).</translation>
    </message>
    <message>
        <source>The packed answer from {service} is damaged.</source>
        <translation>Упакованный ответ от {service} повреждён.</translation>
    </message>
    <message>
        <source>The certificate file {path} (ca_bundle) does not exist. Fix the CRM settings.</source>
        <translation>Файла сертификата {path} (ca_bundle) не существует. Исправьте настройки CRM.</translation>
    </message>
    <message>
        <source>The certificate file {path} (ca_bundle) is not a PEM file. Fix the CRM settings.</source>
        <translation>Файл сертификата {path} (ca_bundle) не является файлом PEM. Исправьте настройки CRM.</translation>
    </message>
    <message>
        <source>The secret {secret} is not set. Store it in the keyring or the environment.</source>
        <translation>Секрет {secret} не задан. Сохраните его в связке ключей или в переменной окружения.</translation>
    </message>
    <message>
        <source>Logging in to the CRM failed: {cause}</source>
        <translation>Вход в CRM не удался: {cause}</translation>
    </message>
    <message>
        <source>{service} answered the login without a token. Check the login settings.</source>
        <translation>{service} ответил на вход без токена. Проверьте настройки входа.</translation>
    </message>
    <message>
        <source>The CRM request failed: {detail}.</source>
        <translation>Запрос к CRM не удался: {detail}.</translation>
    </message>
    <message>
        <source>The CRM answered something that is not a list of {what}.</source>
        <translation>CRM ответила чем-то, что не является списком {what}.</translation>
    </message>
    <message>
        <source>The CRM answered, but none of its {what} could be used.</source>
        <translation>CRM ответила, но ни один из её {what} не удалось использовать.</translation>
    </message>
    <message>
        <source>{id} is not a customer id {service} knows.</source>
        <translation>{id} не является id клиента, известным {service}.</translation>
    </message>
    <message>
        <source>{service} needs a known customer to save this. Link the call to a customer first.</source>
        <translation>{service} нужен известный клиент, чтобы сохранить это. Сначала свяжите звонок с клиентом.</translation>
    </message>
    <message>
        <source>{service} did not store the {what}.</source>
        <translation>{service} не сохранил {what}.</translation>
    </message>
    <message>
        <source>{service} needs a due date for a task. Set one.</source>
        <translation>{service} нужен срок для задачи. Укажите его.</translation>
    </message>
    <message>
        <source>A task needs a title. Enter one.</source>
        <translation>Задаче нужно название. Введите его.</translation>
    </message>
    <message>
        <source>{service} reported an error: {detail}.</source>
        <translation>{service} сообщил об ошибке: {detail}.</translation>
    </message>
    <message>
        <source>This Odoo is older than version 19. Set login and database to use its JSON-RPC interface.</source>
        <translation>Эта Odoo старше версии 19. Укажите login и database, чтобы использовать её интерфейс JSON-RPC.</translation>
    </message>
    <message>
        <source>The record could not be stored yet; it is tried again.</source>
        <translation>Запись пока не удалось сохранить; попытка будет повторена.</translation>
    </message>
    <message>
        <source>The customer {id} is not in the local CRM.</source>
        <translation>Клиента {id} нет в локальной CRM.</translation>
    </message>
    <message>
        <source>The local CRM database cannot be opened. Check [crm.local] url.</source>
        <translation>Базу данных локальной CRM нельзя открыть. Проверьте [crm.local] url.</translation>
    </message>
    <message>
        <source>The CRM {adapter} is listed twice in [crm] adapters. Remove one.</source>
        <translation>CRM {adapter} указана в [crm] adapters дважды. Удалите одну.</translation>
    </message>
    <message>
        <source>The settings of the CRM {adapter} must be a [crm.{adapter}] table.</source>
        <translation>Настройки CRM {adapter} должны быть таблицей [crm.{adapter}].</translation>
    </message>
    <message>
        <source>The CRM {adapter} has an invalid type {type}. Use a name such as &quot;rest&quot;.</source>
        <translation>У CRM {adapter} недопустимый тип {type}. Используйте имя, например &quot;rest&quot;.</translation>
    </message>
    <message>
        <source>The settings of the CRM {adapter} contain a secret. Move it to the keyring or the environment.</source>
        <translation>Настройки CRM {adapter} содержат секрет. Перенесите его в связку ключей или в переменную окружения.</translation>
    </message>
    <message>
        <source>The CRM type {type} of {adapter} is not installed (installed: {known}).</source>
        <translation>Тип CRM {type} для {adapter} не установлен (установлены: {known}).</translation>
    </message>
    <message>
        <source>The CRM {adapter} could not be loaded: {cause}</source>
        <translation>CRM {adapter} не удалось загрузить: {cause}</translation>
    </message>
    <message>
        <source>The CRM {adapter} is installed wrongly. Reinstall its package.</source>
        <translation>CRM {adapter} установлена неправильно. Переустановите её пакет.</translation>
    </message>
    <message>
        <source>The CRM {adapter} did not start: {cause}</source>
        <translation>CRM {adapter} не запустилась: {cause}</translation>
    </message>
    <message>
        <source>[crm.{adapter}] has an unknown setting {key}. Known: {known}.</source>
        <translation>В [crm.{adapter}] неизвестная настройка {key}. Известные: {known}.</translation>
    </message>
    <message>
        <source>[crm.{adapter}] {key} must be text in quotes.</source>
        <translation>[crm.{adapter}] {key} должно быть текстом в кавычках.</translation>
    </message>
    <message>
        <source>[crm.{adapter}] needs {key}. Add it to the configuration file.</source>
        <translation>[crm.{adapter}] требуется {key}. Добавьте его в файл конфигурации.</translation>
    </message>
    <message>
        <source>[crm.{adapter}] {key} must be a positive number.</source>
        <translation>[crm.{adapter}] {key} должно быть положительным числом.</translation>
    </message>
    <message>
        <source>[crm.{adapter}] {key} must be a list of texts like [&quot;a&quot;, &quot;b&quot;].</source>
        <translation>[crm.{adapter}] {key} должно быть списком текстов, например [&quot;a&quot;, &quot;b&quot;].</translation>
    </message>
    <message>
        <source>[crm.{adapter}] {key} must be a table.</source>
        <translation>[crm.{adapter}] {key} должно быть таблицей.</translation>
    </message>
    <message>
        <source>[crm.{adapter}] number_formats must use some of: {known}.</source>
        <translation>[crm.{adapter}] number_formats должен использовать некоторые из: {known}.</translation>
    </message>
    <message>
        <source>[crm.{adapter}] {key} must start with https://.</source>
        <translation>[crm.{adapter}] {key} должно начинаться с https://.</translation>
    </message>
    <message>
        <source>[crm.{adapter}] {key} must be one of: {choices}.</source>
        <translation>[crm.{adapter}] {key} должно быть одним из: {choices}.</translation>
    </message>
    <message>
        <source>The CRM template {file} has a mistake at {where}: {detail}</source>
        <translation>В шаблоне CRM {file} ошибка в {where}: {detail}</translation>
    </message>
    <message>
        <source>The CRM template {template} was not found (built in: {known}).</source>
        <translation>Шаблон CRM {template} не найден (встроенные: {known}).</translation>
    </message>
    <message>
        <source>The CRM template {file} is not valid TOML: {detail}</source>
        <translation>Шаблон CRM {file} не является допустимым TOML: {detail}</translation>
    </message>
    <message>
        <source>The CRM template {file} cannot be read: {detail}</source>
        <translation>Шаблон CRM {file} нельзя прочитать: {detail}</translation>
    </message>
    <message>
        <source>[crm.{adapter}] needs template = &quot;path/to/template.toml&quot; (or a built-in template&apos;s name).</source>
        <translation>[crm.{adapter}] требуется template = &quot;путь/к/шаблону.toml&quot; (или имя встроенного шаблона).</translation>
    </message>
    <message>
        <source>The CRM template {file} has no base_url. Set it in the template or in the adapter settings.</source>
        <translation>В шаблоне CRM {file} нет base_url. Укажите его в шаблоне или в настройках адаптера.</translation>
    </message>
    <message>
        <source>{service} does not take this kind of record (its template has no [{section}] section), so it was skipped there. Nothing needs to be done.</source>
        <translation>{service} не принимает записи такого вида (в его шаблоне нет раздела [{section}]), поэтому там она пропущена. Ничего делать не нужно.</translation>
    </message>
    <message>
        <source>Some write-backs wait for a customer: the CRM does not know the caller. Select one and press “Link to a customer…” to send it to the right customer.</source>
        <translation>Некоторые записи в CRM ждут клиента: CRM не знает звонившего. Выберите одну и нажмите «Связать с клиентом…», чтобы отправить её нужному клиенту.</translation>
    </message>
    <message>
        <source>{service} has no customer with the number {number}. Check the number, or give the customer&apos;s id in {service}.</source>
        <translation>В {service} нет клиента с номером {number}. Проверьте номер или укажите id клиента в {service}.</translation>
    </message>
    <message>
        <source>The write-back was not linked: {reason}</source>
        <translation>Запись в CRM не связана: {reason}</translation>
    </message>
    <message>
        <source>The CRM template could not be filled in: {detail}</source>
        <translation>Шаблон CRM не удалось заполнить: {detail}</translation>
    </message>
    <message>
        <source>The placeholder {{{placeholder}}} in the CRM template names nothing known.</source>
        <translation>Заполнитель {{{placeholder}}} в шаблоне CRM не обозначает ничего известного.</translation>
    </message>
    <message>
        <source>The CRM template&apos;s body is not valid JSON once filled in (line {line}, column {column}).</source>
        <translation>Тело шаблона CRM после заполнения не является допустимым JSON (строка {line}, столбец {column}).</translation>
    </message>
    <message>
        <source>The disk is full: your work could NOT be saved. Free some disk space; the text stays here.</source>
        <translation>Диск заполнен: вашу работу НЕ удалось сохранить. Освободите место на диске; текст остаётся здесь.</translation>
    </message>
    <message>
        <source>The database is read-only: your work could NOT be saved. Ask IT to fix the file permissions; the text stays here.</source>
        <translation>База данных доступна только для чтения: вашу работу НЕ удалось сохранить. Попросите ИТ исправить права доступа к файлу; текст остаётся здесь.</translation>
    </message>
    <message>
        <source>The local database cannot store your work ({detail}); the text stays here.</source>
        <translation>Локальная база данных не может сохранить вашу работу ({detail}); текст остаётся здесь.</translation>
    </message>
    <message>
        <source>Write what is to be done, for example: Call back about the invoice.</source>
        <translation>Напишите, что нужно сделать, например: Перезвонить по поводу счёта.</translation>
    </message>
    <message>
        <source>A call-back needs the number to call: type it in Number.</source>
        <translation>Для обратного звонка нужен номер: введите его в поле «Номер».</translation>
    </message>
    <message>
        <source>A task needs a customer: make it during or after a call, or type the customer&apos;s number.</source>
        <translation>Задаче нужен клиент: создайте её во время или после звонка или введите номер клиента.</translation>
    </message>
    <message>
        <source>Tasks cannot be saved yet: the local database is still starting or not available. Try again in a moment; the status bar says if it failed.</source>
        <translation>Задачи пока нельзя сохранить: локальная база данных ещё запускается или недоступна. Попробуйте чуть позже; если произошёл сбой, об этом скажет строка состояния.</translation>
    </message>
    <message>
        <source>Say whom to transfer to: a colleague&apos;s name, a number or a SIP address.</source>
        <translation>Укажите, куда перевести: имя коллеги, номер или SIP-адрес.</translation>
    </message>
    <message>
        <source>More than one colleague matches &quot;{target}&quot; ({names}): type more of the name, or use their id.</source>
        <translation>Под «{target}» подходит несколько коллег ({names}): введите имя полнее или используйте их ID.</translation>
    </message>
    <message>
        <source>{name}&apos;s console has not said where to reach it: transfer to their number instead.</source>
        <translation>Консоль {name} не сообщила, как до неё дозвониться: переведите звонок на номер коллеги.</translation>
    </message>
    <message>
        <source>{name} is offline: choose another colleague.</source>
        <translation>{name} не в сети: выберите другого коллегу.</translation>
    </message>
    <message>
        <source>You are already consulting for this call: complete or cancel that first.</source>
        <translation>Вы уже консультируетесь по этому звонку: сначала завершите или отмените это.</translation>
    </message>
    <message>
        <source>Type a number or a SIP address to call.</source>
        <translation>Введите номер или SIP-адрес для звонка.</translation>
    </message>
    <message>
        <source>That is not a number or a SIP address: type a phone number like 0905 123 456, or sip:name@host.</source>
        <translation>Это не номер и не SIP-адрес: введите номер телефона, например 0905 123 456, или sip:имя@хост.</translation>
    </message>
    <message>
        <source>&quot;{target}&quot; is not a phone number: a tel: link must hold one, like tel:+421905123456.</source>
        <translation>«{target}» — не номер телефона: ссылка tel: должна содержать номер, например tel:+421905123456.</translation>
    </message>
    <message>
        <source>&quot;{target}&quot; is not a SIP address: remove spaces, quotes and &lt; &gt;, like sip:jana@pbx.example.com.</source>
        <translation>«{target}» — не SIP-адрес: уберите пробелы, кавычки и &lt; &gt;, например sip:jana@pbx.example.com.</translation>
    </message>
    <message>
        <source>&quot;{target}&quot; is not a SIP address: write it as name@host, like jana@pbx.example.com.</source>
        <translation>«{target}» — не SIP-адрес: запишите его как имя@хост, например jana@pbx.example.com.</translation>
    </message>
    <message>
        <source>&quot;{target}&quot; cannot be dialled: type a phone number like 0905 123 456, a SIP address like sip:jana@host, or a colleague&apos;s name.</source>
        <translation>«{target}» нельзя набрать: введите номер телефона, например 0905 123 456, SIP-адрес, например sip:jana@host, или имя коллеги.</translation>
    </message>
    <message>
        <source>&quot;{target}&quot; is not a valid phone number: check the digits, or write it with its country code, like +421 905 123 456.</source>
        <translation>«{target}» — недействительный номер: проверьте цифры или укажите код страны, например +421 905 123 456.</translation>
    </message>
    <message>
        <source>Numbers cannot be dialled: this console has no PBX. Set [sip] registrar or [sip] dial_domain in the configuration file, or dial a SIP address like sip:name@host.</source>
        <translation>Номера нельзя набирать: у этой консоли нет АТС. Укажите [sip] registrar или [sip] dial_domain в файле настроек или наберите SIP-адрес, например sip:имя@хост.</translation>
    </message>
    <message>
        <source>More than one colleague is called &quot;{name}&quot; ({names}): type their id.</source>
        <translation>Несколько коллег зовут «{name}» ({names}): введите их ID.</translation>
    </message>
    <message>
        <source>{name}&apos;s console has not said where to reach it: ask them to restart their console, or dial their number.</source>
        <translation>Консоль {name} не сообщила, как до неё дозвониться: попросите перезапустить консоль или наберите номер коллеги.</translation>
    </message>
    <message>
        <source>{name} is offline: call them later or dial their number.</source>
        <translation>{name} не в сети: позвоните позже или наберите номер коллеги.</translation>
    </message>
    <message numerus="yes">
        <source>Restored %n unsaved note(s) after a restart.</source>
        <translation>
            <numerusform>После перезапуска восстановлена %n несохранённая заметка.</numerusform>
            <numerusform>После перезапуска восстановлены %n несохранённые заметки.</numerusform>
            <numerusform>После перезапуска восстановлено %n несохранённых заметок.</numerusform>
        </translation>
    </message>
    <message>
        <source>The task &quot;{title}&quot; could not be saved ({reason}). Make it again once the disk has room.</source>
        <translation type="vanished">Задачу «{title}» не удалось сохранить ({reason}). Создайте её снова, когда на диске появится место.</translation>
    </message>
    <message>
        <source>Task saved: {title}, due {due}.</source>
        <translation>Задача сохранена: {title}, срок {due}.</translation>
    </message>
    <message>
        <source>{title}: moved to {due}.</source>
        <translation>{title}: перенесено на {due}.</translation>
    </message>
    <message>
        <source>The task could not be moved ({reason}); it stays due. Try Snooze again.</source>
        <translation>Задачу не удалось перенести ({reason}); срок остаётся прежним. Попробуйте «Отложить» ещё раз.</translation>
    </message>
    <message>
        <source>That task is done or gone already: nothing to move.</source>
        <translation>Эта задача уже выполнена или удалена: переносить нечего.</translation>
    </message>
    <message>
        <source>Call-back due</source>
        <translation>Пора перезвонить</translation>
    </message>
    <message>
        <source>Task due</source>
        <translation>Срок задачи</translation>
    </message>
    <message>
        <source>{crms} cannot list tasks: My tasks shows only the tasks made in this console for them.</source>
        <translation>{crms} не умеет выдавать список задач: «Мои задачи» показывают только задачи, созданные для неё в этой консоли.</translation>
    </message>
    <message>
        <source>{crm} did not give its tasks ({reason}); they are shown again once it answers.</source>
        <translation>{crm} не выдала свои задачи ({reason}); они появятся снова, когда она ответит.</translation>
    </message>
    <message>
        <source>No tray icon: this desktop has no system tray. Calls and due call-backs are shown in a notice window instead.</source>
        <translation>Нет значка в трее: на этом рабочем столе нет системного трея. Звонки и назначенные обратные звонки показываются вместо этого в окне уведомлений.</translation>
    </message>
    <message>
        <source>Call from {caller}</source>
        <translation>Звонок от {caller}</translation>
    </message>
    <message>
        <source>install-desktop registers tel: and sip: links on Linux. On Windows and macOS the installer does it: see docs/desktop-integration.md.</source>
        <translation>install-desktop регистрирует ссылки tel: и sip: в Linux. В Windows и macOS это делает установщик: см. docs/desktop-integration.md.</translation>
    </message>
    <message>
        <source>{path} cannot be written ({reason}). Check the folder&apos;s permissions, or set XDG_DATA_HOME to a folder you own.</source>
        <translation>{path} нельзя записать ({reason}). Проверьте права доступа к папке или укажите в XDG_DATA_HOME свою папку.</translation>
    </message>
    <message>
        <source>There is no call in progress to transfer.</source>
        <translation>Нет идущего звонка для перевода.</translation>
    </message>
    <message>
        <source>Dispositions are not available: the status bar said why when the console started.</source>
        <translation>Результаты звонков недоступны: причину при запуске консоли показала строка состояния.</translation>
    </message>
    <message>
        <source>There is no call in wrap-up to finish.</source>
        <translation>Нет звонка на постобработке, который можно завершить.</translation>
    </message>
    <message>
        <source>You will be {state} once your calls and wrap-up are done.</source>
        <translation type="vanished">Вы будете в состоянии «{state}», как только закончатся ваши звонки и постобработка.</translation>
    </message>
    <message>
        <source>Note saved.</source>
        <translation>Заметка сохранена.</translation>
    </message>
    <message>
        <source>The local database is not available: notes and call logs cannot be saved.</source>
        <translation>Локальная база данных недоступна: заметки и журналы звонков нельзя сохранить.</translation>
    </message>
    <message>
        <source>Write-backs to the CRM are not being sent ({reason}); they stay queued.</source>
        <translation>Записи в CRM не отправляются ({reason}); они остаются в очереди.</translation>
    </message>
    <message>
        <source>Saved drafts could not be read: {reason}</source>
        <translation>Сохранённые черновики не удалось прочитать: {reason}</translation>
    </message>
    <message>
        <source>Notes could not be saved: {reason}. They stay on screen.</source>
        <translation>Заметки не удалось сохранить: {reason}. Они остаются на экране.</translation>
    </message>
    <message>
        <source>Note saved. The wrap-up goes on until you press Wrap-up done.</source>
        <translation>Заметка сохранена. Постобработка продолжается, пока вы не нажмёте «Постобработка завершена».</translation>
    </message>
    <message>
        <source>{path} is not a regular file. Name a CSV or vCard file.</source>
        <translation>{path} не является обычным файлом. Укажите файл CSV или vCard.</translation>
    </message>
    <message>
        <source>{path} is a folder. Name the CSV or vCard file to import.</source>
        <translation>{path} — это папка. Укажите файл CSV или vCard для импорта.</translation>
    </message>
    <message>
        <source>{path} does not exist. Check the name and the folder.</source>
        <translation>{path} не существует. Проверьте имя и папку.</translation>
    </message>
    <message>
        <source>You may not read {path}. Ask for read permission or copy the file.</source>
        <translation>У вас нет права читать {path}. Попросите право на чтение или скопируйте файл.</translation>
    </message>
    <message>
        <source>{path} cannot be read ({detail}).</source>
        <translation>{path} нельзя прочитать ({detail}).</translation>
    </message>
    <message>
        <source>The encoding {encoding} cannot be used. Use e.g. utf-8, utf-16, cp1250 or cp1251.</source>
        <translation>Кодировку {encoding} нельзя использовать. Используйте, например, utf-8, utf-16, cp1250 или cp1251.</translation>
    </message>
    <message>
        <source>{path} is a spreadsheet or an archive. Save it as CSV (UTF-8) or vCard and import that.</source>
        <translation>{path} — это электронная таблица или архив. Сохраните его как CSV (UTF-8) или vCard и импортируйте его.</translation>
    </message>
    <message>
        <source>{path} is not a text file. Import a CSV or vCard (.vcf) customer list.</source>
        <translation>{path} не является текстовым файлом. Импортируйте список клиентов CSV или vCard (.vcf).</translation>
    </message>
    <message>
        <source>The encoding of {path} cannot be told for sure. Save it as CSV UTF-8, or name its encoding, e.g. --encoding cp1250.</source>
        <translation>Кодировку {path} нельзя определить наверняка. Сохраните его как CSV UTF-8 или укажите кодировку, например --encoding cp1250.</translation>
    </message>
    <message>
        <source>Line {line} should be the header (name, phone, ...) but cannot be read: {detail}</source>
        <translation>Строка {line} должна быть заголовком (name, phone, ...), но её нельзя прочитать: {detail}</translation>
    </message>
    <message>
        <source>The header has no name column ({found}). Add a column named name.</source>
        <translation>В заголовке нет столбца имени ({found}). Добавьте столбец с именем name.</translation>
    </message>
    <message>
        <source>The header has no phone column ({found}). Add a column named phone.</source>
        <translation>В заголовке нет столбца телефона ({found}). Добавьте столбец с именем phone.</translation>
    </message>
    <message>
        <source>Line {line}: {detail}</source>
        <translation>Строка {line}: {detail}</translation>
    </message>
    <message>
        <source>Line {line} cannot be read: {detail}</source>
        <translation>Строку {line} нельзя прочитать: {detail}</translation>
    </message>
    <message>
        <source>Line {line} cannot be read as CSV; it is skipped.</source>
        <translation>Строку {line} нельзя прочитать как CSV; она пропущена.</translation>
    </message>
    <message>
        <source>Line {line}: a quote is opened and never closed; the row is skipped.</source>
        <translation>Строка {line}: кавычка открыта и не закрыта; строка пропущена.</translation>
    </message>
    <message>
        <source>Line {line}: {field} is too long ({length} characters, at most {limit}); the row is skipped.</source>
        <translation>Строка {line}: {field} слишком длинное ({length} символов, не более {limit}); строка пропущена.</translation>
    </message>
    <message>
        <source>Line {line}: a phone number is longer than {limit} characters; the row is skipped.</source>
        <translation>Строка {line}: номер телефона длиннее {limit} символов; строка пропущена.</translation>
    </message>
    <message>
        <source>Line {line}: the {field} was cut to {limit} characters.</source>
        <translation>Строка {line}: {field} сокращено до {limit} символов.</translation>
    </message>
    <message numerus="yes">
        <source>Line {line}: no phone number could be understood (%n given); the row is skipped.</source>
        <translation>
            <numerusform>Строка {line}: ни один номер телефона не распознан (указано: %n); строка пропущена.</numerusform>
            <numerusform>Строка {line}: ни один номер телефона не распознан (указано: %n); строка пропущена.</numerusform>
            <numerusform>Строка {line}: ни один номер телефона не распознан (указано: %n); строка пропущена.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line {line}: no phone number; the row is skipped.</source>
        <translation>Строка {line}: нет номера телефона; строка пропущена.</translation>
    </message>
    <message>
        <source>The task &quot;{title}&quot; could not be saved ({reason}). Save it again once the disk has room; what you typed is kept in the dialog.</source>
        <translation>Задачу «{title}» не удалось сохранить ({reason}). Сохраните её снова, когда на диске появится место; введённый текст остаётся в окне.</translation>
    </message>
    <message>
        <source>You will be ready once your calls and wrap-up are done.</source>
        <translation>Вы станете готовы, когда закончатся звонки и постобработка.</translation>
    </message>
    <message>
        <source>You will be away once your calls and wrap-up are done.</source>
        <translation>Вы отойдёте, когда закончатся звонки и постобработка.</translation>
    </message>
    <message>
        <source>Line {line}: phone number {position} is not understood; it is kept as written.</source>
        <translation>Строка {line}: номер телефона {position} не распознан; он сохранён как написан.</translation>
    </message>
    <message>
        <source>Line {line}: no name; the row is skipped.</source>
        <translation>Строка {line}: нет имени; строка пропущена.</translation>
    </message>
    <message>
        <source>Line {line}: unknown segment {segment}. Use vip, high, standard or low.</source>
        <translation>Строка {line}: неизвестный сегмент {segment}. Используйте vip, high, standard или low.</translation>
    </message>
    <message>
        <source>Line {line}: the value {value} is not a number; the row is skipped.</source>
        <translation>Строка {line}: значение {value} не является числом; строка пропущена.</translation>
    </message>
    <message>
        <source>Line {line}: unknown country {country}. Use a code such as SK, CZ or GB.</source>
        <translation>Строка {line}: неизвестная страна {country}. Используйте код, например SK, CZ или GB.</translation>
    </message>
    <message>
        <source>Line {line}: text outside any vCard is skipped.</source>
        <translation>Строка {line}: текст вне vCard пропущен.</translation>
    </message>
    <message>
        <source>Line {line}: {detail}; the vCard starting on line {start} is skipped.</source>
        <translation>Строка {line}: {detail}; vCard, начинающаяся на строке {start}, пропущена.</translation>
    </message>
    <message>
        <source>Line {line}: the vCard is too large; it is skipped.</source>
        <translation>Строка {line}: vCard слишком большая; она пропущена.</translation>
    </message>
    <message>
        <source>Line {line}: the vCard cannot be read; it is skipped.</source>
        <translation>Строка {line}: vCard нельзя прочитать; она пропущена.</translation>
    </message>
    <message>
        <source>Line {line}: END:VCARD is missing; the vCard was read to the next one.</source>
        <translation>Строка {line}: нет END:VCARD; vCard прочитана до следующей.</translation>
    </message>
</context>
</TS>
