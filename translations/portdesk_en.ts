<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- SPDX-License-Identifier: Apache-2.0 -->
<!-- Written by tools/english_plurals.py: do not edit by hand. -->
<TS version="2.1" language="en">
<context>
    <name>AttachmentRules</name>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkAction</name>
    <message numerus="yes">
        <source>%n number(s) assigned</source>
        <translation>
            <numerusform>%n number assigned</numerusform>
            <numerusform>%n numbers assigned</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) changed again</source>
        <translation>
            <numerusform>%n number changed again</numerusform>
            <numerusform>%n numbers changed again</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) changed back</source>
        <translation>
            <numerusform>%n number changed back</numerusform>
            <numerusform>%n numbers changed back</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) moved to the deletion queue</source>
        <translation>
            <numerusform>%n number moved to the deletion queue</numerusform>
            <numerusform>%n numbers moved to the deletion queue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) refused:</source>
        <translation>
            <numerusform>%n number refused:</numerusform>
            <numerusform>%n numbers refused:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) restored</source>
        <translation>
            <numerusform>%n number restored</numerusform>
            <numerusform>%n numbers restored</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) unassigned</source>
        <translation>
            <numerusform>%n number unassigned</numerusform>
            <numerusform>%n numbers unassigned</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) unassigned and deleted</source>
        <translation>
            <numerusform>%n number unassigned and deleted</numerusform>
            <numerusform>%n numbers unassigned and deleted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>…and %n more.</numerusform>
            <numerusform>…and %n more.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseStateMachine</name>
    <message numerus="yes">
        <source>The port-out closes once its numbers are deleted; still to delete: %n.</source>
        <translation>
            <numerusform>The port-out closes once its numbers are deleted; still to delete: %n.</numerusform>
            <numerusform>The port-out closes once its numbers are deleted; still to delete: %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliApp</name>
    <message numerus="yes">
        <source>%n number(s)</source>
        <translation>
            <numerusform>%n number</numerusform>
            <numerusform>%n numbers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The store is open read-only (%1): steps the clock has made due were not applied (%n case(s) wait for one; purges: %2).</source>
        <translation>
            <numerusform>The store is open read-only (%1): steps the clock has made due were not applied (%n case waits for one; purges: %2).</numerusform>
            <numerusform>The store is open read-only (%1): steps the clock has made due were not applied (%n cases wait for one; purges: %2).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DirectoryService</name>
    <message numerus="yes">
        <source>&quot;%1&quot; has %n number(s) assigned: unassign them before deleting it.</source>
        <translation>
            <numerusform>&quot;%1&quot; has %n number assigned: unassign it before deleting it.</numerusform>
            <numerusform>&quot;%1&quot; has %n numbers assigned: unassign them before deleting it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message numerus="yes">
        <source>%n new user(s).</source>
        <translation>
            <numerusform>%n new user.</numerusform>
            <numerusform>%n new users.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) refused; nothing was imported:</source>
        <translation>
            <numerusform>%n row refused; nothing was imported:</numerusform>
            <numerusform>%n rows refused; nothing was imported:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n number(s).</source>
        <translation>
            <numerusform>Imported %n number.</numerusform>
            <numerusform>Imported %n numbers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>…and %n more.</numerusform>
            <numerusform>…and %n more.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InventoryService</name>
    <message numerus="yes">
        <source>%n version(s) given for %1 number(s): give one version for each number, in the same order.</source>
        <translation>
            <numerusform>%n version given for %1 number: give one version for each number, in the same order.</numerusform>
            <numerusform>%n versions given for %1 numbers: give one version for each number, in the same order.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LoaTexts</name>
    <message numerus="yes">
        <source>%1 of %n LOA(s) signed and current.</source>
        <translation>
            <numerusform>%1 of %n LOA signed and current.</numerusform>
            <numerusform>%1 of %n LOAs signed and current.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Notifications</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Numbers: %n (%1).</source>
        <translation>
            <numerusform>Numbers: %n (%1).</numerusform>
            <numerusform>Numbers: %n (%1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>portdesk::CaseRequestSection</name>
    <message numerus="yes">
        <source>%n numbers</source>
        <translation>
            <numerusform>%n number</numerusform>
            <numerusform>%n numbers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Carrier group %1 — %2 (%n numbers)</source>
        <translation>
            <numerusform>Carrier group %1 — %2 (%n number)</numerusform>
            <numerusform>Carrier group %1 — %2 (%n numbers)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>portdesk::CasesView</name>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s), the first %1 loaded: scroll for more.</source>
        <translation>
            <numerusform>%n case, the first %1 loaded: scroll for more.</numerusform>
            <numerusform>%n cases, the first %1 loaded: scroll for more.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>portdesk::InventoryModel</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>portdesk::InventoryView</name>
    <message numerus="yes">
        <source>%n number(s) copied.</source>
        <translation>
            <numerusform>%n number copied.</numerusform>
            <numerusform>%n numbers copied.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) in the inventory</source>
        <translation>
            <numerusform>%n number in the inventory</numerusform>
            <numerusform>%n numbers in the inventory</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) shown</source>
        <translation>
            <numerusform>%n number shown</numerusform>
            <numerusform>%n numbers shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ported-out number(s) left with a port-out and stay in the queue.</source>
        <translation>
            <numerusform>%n ported-out number left with a port-out and stays in the queue.</numerusform>
            <numerusform>%n ported-out numbers left with a port-out and stay in the queue.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) name a Voice Connector that does not exist here. Create the missing Voice Connectors (default region, no encryption) and import?</source>
        <translation>
            <numerusform>%n row names a Voice Connector that does not exist here. Create the missing Voice Connectors (default region, no encryption) and import?</numerusform>
            <numerusform>%n rows name a Voice Connector that does not exist here. Create the missing Voice Connectors (default region, no encryption) and import?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n ported out: unassign and delete them to close their port-out.&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n ported out: unassign and delete it to close their port-out.&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%n ported out: unassign and delete them to close their port-out.&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assigning %n number(s) to %1…</source>
        <translation>
            <numerusform>Assigning %n number to %1…</numerusform>
            <numerusform>Assigning %n numbers to %1…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n number(s)? Only unassigned numbers can be deleted.</source>
        <translation>
            <numerusform>Delete %n number? Only unassigned numbers can be deleted.</numerusform>
            <numerusform>Delete %n numbers? Only unassigned numbers can be deleted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted numbers stay here for %n day(s), restorable, then the clock removes them for good.</source>
        <translation>
            <numerusform>Deleted numbers stay here for %n day, restorable, then the clock removes them for good.</numerusform>
            <numerusform>Deleted numbers stay here for %n days, restorable, then the clock removes them for good.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n number(s) to %1.</source>
        <translation>
            <numerusform>Exported %n number to %1.</numerusform>
            <numerusform>Exported %n numbers to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move the selected unassigned numbers to the deletion queue (restorable for %n day(s))</source>
        <translation>
            <numerusform>Move the selected unassigned numbers to the deletion queue (restorable for %n day)</numerusform>
            <numerusform>Move the selected unassigned numbers to the deletion queue (restorable for %n days)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>They stay in the deletion queue for %n day(s) and can be restored until then.</source>
        <translation>
            <numerusform>They stay in the deletion queue for %n day and can be restored until then.</numerusform>
            <numerusform>They stay in the deletion queue for %n days and can be restored until then.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unassign %n number(s)? They stay in the inventory, unassigned.</source>
        <translation>
            <numerusform>Unassign %n number? They stay in the inventory, unassigned.</numerusform>
            <numerusform>Unassign %n numbers? They stay in the inventory, unassigned.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unassign and delete %1? It stays in the deletion queue for %n day(s).</source>
        <translation>
            <numerusform>Unassign and delete %1? It stays in the deletion queue for %n day.</numerusform>
            <numerusform>Unassign and delete %1? It stays in the deletion queue for %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unassign and delete %n number(s)?</source>
        <translation>
            <numerusform>Unassign and delete %n number?</numerusform>
            <numerusform>Unassign and delete %n numbers?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>assign %n number(s) to %1</source>
        <translation>
            <numerusform>assign %n number to %1</numerusform>
            <numerusform>assign %n numbers to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>delete %n number(s)</source>
        <translation>
            <numerusform>delete %n number</numerusform>
            <numerusform>delete %n numbers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>restore %n number(s)</source>
        <translation>
            <numerusform>restore %n number</numerusform>
            <numerusform>restore %n numbers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>unassign %n number(s)</source>
        <translation>
            <numerusform>unassign %n number</numerusform>
            <numerusform>unassign %n numbers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>unassign and delete %n number(s)</source>
        <translation>
            <numerusform>unassign and delete %n number</numerusform>
            <numerusform>unassign and delete %n numbers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>portdesk::LoaCompareDialog</name>
    <message numerus="yes">
        <source>%n field(s) of the LOA differ from %1 to %2:</source>
        <translation>
            <numerusform>%n field of the LOA differ from %1 to %2:</numerusform>
            <numerusform>%n fields of the LOA differ from %1 to %2:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>portdesk::LoaSignDialog</name>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;Carrier group %1 of %2: %3&lt;/b&gt;, %n number(s).&lt;/p&gt;&lt;p&gt;By signing, %4 authorizes the new service provider to act as its agent for porting these numbers and the current carrier to release them. The LOA is signed as the request stands now: if the request changes, it must be signed again. A signature is good for %5 days.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;Carrier group %1 of %2: %3&lt;/b&gt;, %n number.&lt;/p&gt;&lt;p&gt;By signing, %4 authorizes the new service provider to act as its agent for porting these numbers and the current carrier to release them. The LOA is signed as the request stands now: if the request changes, it must be signed again. A signature is good for %5 days.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;Carrier group %1 of %2: %3&lt;/b&gt;, %n numbers.&lt;/p&gt;&lt;p&gt;By signing, %4 authorizes the new service provider to act as its agent for porting these numbers and the current carrier to release them. The LOA is signed as the request stands now: if the request changes, it must be signed again. A signature is good for %5 days.&lt;/p&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>portdesk::MainWindow</name>
    <message numerus="yes">
        <source>Read-only (%1): steps the clock has made due are not applied (%n case(s) wait for one).</source>
        <translation>
            <numerusform>Read-only (%1): steps the clock has made due are not applied (%n case waits for one).</numerusform>
            <numerusform>Read-only (%1): steps the clock has made due are not applied (%n cases wait for one).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>portdesk::NumberDetailsPanel</name>
    <message numerus="yes">
        <source>%1 (in the deletion queue since %2; restorable for %n more day(s))</source>
        <translation>
            <numerusform>%1 (in the deletion queue since %2; restorable for %n more day)</numerusform>
            <numerusform>%1 (in the deletion queue since %2; restorable for %n more days)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>portdesk::NumbersPage</name>
    <message numerus="yes">
        <source>Checking the request&apos;s %n number(s) against the store…</source>
        <translation>
            <numerusform>Checking the request&apos;s %n number against the store…</numerusform>
            <numerusform>Checking the request&apos;s %n numbers against the store…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>portdesk::PortInWizard</name>
    <message numerus="yes">
        <source>%1, %n number(s)</source>
        <translation>
            <numerusform>%1, %n number</numerusform>
            <numerusform>%1, %n numbers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Port-in request, %n number(s)</source>
        <translation>
            <numerusform>Port-in request, %n number</numerusform>
            <numerusform>Port-in request, %n numbers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>portdesk::RejectNumbersDialog</name>
    <message numerus="yes">
        <source>%n number(s) rejected; %1 go on porting.</source>
        <translation>
            <numerusform>%n number rejected; %1 go on porting.</numerusform>
            <numerusform>%n numbers rejected; %1 go on porting.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>portdesk::TimelineWidget</name>
    <message numerus="yes">
        <source>%n milestones. </source>
        <translation>
            <numerusform>%n milestone. </numerusform>
            <numerusform>%n milestones. </numerusform>
        </translation>
    </message>
</context>
</TS>
